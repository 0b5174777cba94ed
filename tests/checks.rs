//! Each check kind, driven through the public API on small matters that a
//! litigator would recognise from the orders behind them.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

mod common;

use goodfaith::check::{Step, check};
use goodfaith::court::{Registry, Severity};
use goodfaith::matter::{
    CertificateForm, ConferralEvent, Endorsement, EndorsementStatus, FollowUp, ItemDiscussion,
    Matter, Method, MotionKind, Outcome, StaffMember, parse_matter,
};
use jiff::civil::{Date, date};

fn base() -> Matter {
    parse_matter(common::VALID, "base.json").expect("base matter parses")
}

/// A second request like the first, "Request for Production No. 12"
/// (`rfp-12`), answered the same day and listed on the first entry as the
/// first is.
fn add_second_request(m: &mut Matter) {
    let mut rfp = m.items[0].clone();
    rfp.id = "rfp-12".into();
    rfp.label = "Request for Production No. 12".into();
    m.items.push(rfp);
    let mut talk = m.conferrals[0].items[0].clone();
    talk.item = "rfp-12".into();
    m.conferrals[0].items.push(talk);
}

fn today() -> Date {
    date(2026, 3, 20)
}

fn reg() -> Registry {
    Registry::embedded().expect("built-in packs load")
}

fn event(id: &str, d: Date, method: Method, participants: &[&str]) -> ConferralEvent {
    ConferralEvent {
        participants: participants.iter().map(|s| s.to_string()).collect(),
        items: vec![ItemDiscussion {
            item: "rog-4".into(),
            outcome: Outcome::Raised,
            movant_position: "Demanded a full answer.".into(),
            opponent_position: String::new(),
        }],
        ..ConferralEvent::new(id.into(), d, method, "c1".into())
    }
}

/// A request from the movant's counsel to the other side's that drew no
/// answer (`reply: none`).
fn unanswered(id: &str, d: Date, method: Method) -> ConferralEvent {
    let mut e = event(id, d, method, &["c1", "c2"]);
    e.reply = Some(goodfaith::matter::Reply::None);
    e
}

/// A message from the other side's counsel (c2) stating its position on
/// the request.
fn from_them(id: &str, d: Date, method: Method, position: &str) -> ConferralEvent {
    let mut e = event(id, d, method, &["c2", "c1"]);
    e.initiated_by = "c2".into();
    e.items[0].movant_position.clear();
    e.items[0].opponent_position = position.into();
    e
}

/// (code, severity) of every finding.
fn findings(m: &Matter, court: &str) -> Vec<(String, Severity, String)> {
    let r = reg();
    let pack = r.get(court).expect("court exists");
    check(m, pack, today())
        .findings
        .into_iter()
        .map(|f| (f.code.to_string(), f.severity, f.message))
        .collect()
}

fn has(fs: &[(String, Severity, String)], code: &str, sev: Severity) -> bool {
    fs.iter().any(|(c, s, _)| c == code && *s == sev)
}

/// A finding of this code and severity whose message says `words`.
fn has_saying(fs: &[(String, Severity, String)], code: &str, sev: Severity, words: &str) -> bool {
    fs.iter()
        .any(|(c, s, m)| c == code && *s == sev && m.contains(words))
}

/// Some finding keeps the verdict from Ready (a blocker, or at risk).
fn holds_back(fs: &[(String, Severity, String)]) -> bool {
    fs.iter()
        .any(|f| matches!(f.1, Severity::Blocker | Severity::AtRisk))
}

/// Every finding's message, for an assertion's explanation.
fn messages<'r>(report: &'r goodfaith::check::Report) -> Vec<&'r str> {
    report.findings.iter().map(|f| f.message.as_str()).collect()
}

fn codes(fs: &[(String, Severity, String)]) -> Vec<&str> {
    fs.iter().map(|(c, _, _)| c.as_str()).collect()
}

#[test]
fn a_real_telephone_conference_on_each_item_is_ready_in_kansas() {
    let r = reg();
    let report = check(&base(), r.get("ksd").expect("ksd"), today());
    assert!(
        report.ready(),
        "{:?}",
        report
            .findings
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    assert!(report.verdict().starts_with("Ready to file"));
}

#[test]
fn a_meeting_that_was_the_courts_scheduling_conference_is_not_the_sides_conference() {
    // Price v. Plantation Management (M.D. La. 2008): the only meeting was
    // the initial scheduling conference before the court. Logged "in
    // person", it is weighed as a discussion at a hearing, not as the
    // conference the rule asks for.
    let r = reg();
    let mut m = base();
    let ready = |m: &Matter| check(m, r.get("ksd").expect("ksd"), today()).ready();
    for e in &mut m.conferrals {
        e.method = Method::InPerson;
        e.place = "Defense counsel's office".into();
    }
    assert!(ready(&m), "a meeting of counsel in person is a conference");
    for e in &mut m.conferrals {
        e.place = "Courtroom 4, initial scheduling conference before the Court".into();
    }
    assert!(!ready(&m), "the court's own conference is not the sides'");
    // Counsel who met in the hallway after it did confer.
    for e in &mut m.conferrals {
        e.place = "Courthouse hallway".into();
        e.summary = "Met after the status conference and went through each request.".into();
    }
    assert!(
        ready(&m),
        "a meeting after the court's conference is theirs"
    );
}

#[test]
fn a_letter_alone_is_not_conferral_in_kansas_nor_under_the_federal_rules() {
    let mut m = base();
    m.conferrals = vec![event("e1", date(2026, 3, 9), Method::Letter, &["c1", "c2"])];
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
    assert!(has(&ks, "SINGLE-LETTER", Severity::Blocker), "{ks:?}");
    assert!(has(&ks, "ITEMS-NOT-CONFERRED", Severity::Blocker), "{ks:?}");
    let msg = &ks
        .iter()
        .find(|f| f.0 == "WRITTEN-ONLY")
        .expect("written-only")
        .2;
    assert!(msg.contains("only 1 letter"), "{msg}");

    // Federal courts deny motions on one unanswered letter under Rule 37(a)(1)
    // alone: the baseline is not milder than they are.
    let fed = findings(&m, "federal");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::Blocker), "{fed:?}");
    assert!(has(&fed, "SINGLE-LETTER", Severity::Blocker), "{fed:?}");
}

#[test]
fn a_call_whose_summary_says_it_never_reached_the_other_side_is_no_conference() {
    // A sixty-first review of Bell v. Griswold (D. Kan. 2023) logged the one
    // call as a telephone conference and said in its summary that it never
    // reached counsel.
    let mut m = base();
    let mut call = event("e1", date(2026, 3, 9), Method::Telephone, &["c1", "c2"]);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "The request is overbroad.".into();
    m.conferrals = vec![call];
    let talked = findings(&m, "federal");
    assert!(!codes(&talked).contains(&"WRITTEN-ONLY"), "{talked:?}");

    m.conferrals[0].summary = "Called counsel; couldn't reach him.".into();
    let never_reached = findings(&m, "federal");
    assert!(
        codes(&never_reached).contains(&"WRITTEN-ONLY"),
        "{never_reached:?}"
    );

    // "Could not reach agreement" tells of a conference that failed.
    m.conferrals[0].summary = "Could not reach agreement on Interrogatory 4.".into();
    let failed = findings(&m, "federal");
    assert!(!codes(&failed).contains(&"WRITTEN-ONLY"), "{failed:?}");
}

#[test]
fn one_letter_sent_by_mail_and_by_email_the_same_day_is_still_a_single_letter() {
    // A sixty-first review of PNC Bank v. Vander Molen (W.D. Pa. 2017) logged
    // the movant's one letter twice, as a letter and as an email of the same
    // day: it is one request, and the finding says so.
    let mut m = base();
    m.conferrals = vec![
        event("e1", date(2026, 3, 9), Method::Letter, &["c1", "c2"]),
        event("e2", date(2026, 3, 9), Method::Email, &["c1", "c2"]),
    ];
    let fed = findings(&m, "federal");
    let single = fed
        .iter()
        .find(|f| f.0 == "SINGLE-LETTER")
        .unwrap_or_else(|| panic!("{fed:?}"));
    assert!(single.2.contains("count as one request"), "{}", single.2);

    // A letter and an email on different days are two attempts.
    m.conferrals[1].date = date(2026, 3, 12);
    let fed = findings(&m, "federal");
    assert!(!codes(&fed).contains(&"SINGLE-LETTER"), "{fed:?}");
}

#[test]
fn letters_answered_in_writing_are_at_risk_under_the_federal_rules() {
    let mut m = base();
    let mut reply = event("e2", date(2026, 3, 11), Method::Email, &["c2", "c1"]);
    reply.initiated_by = "c2".into();
    reply.items[0].opponent_position = "Stands on the objection.".into();
    reply.items[0].outcome = Outcome::Impasse;
    m.conferrals = vec![
        event("e1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]),
        reply,
    ];
    let r = reg();
    let report = check(&m, r.get("federal").expect("federal"), today());
    assert_eq!(
        report.level(),
        goodfaith::check::Verdict::AtRisk,
        "{:?}",
        report.findings
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "WRITTEN-ONLY")
        .expect("written-only");
    assert_eq!(f.severity, Severity::AtRisk);
    assert!(
        !f.authorities.is_empty(),
        "an at-risk finding names its cases"
    );
    assert!(f.message.contains("divided"), "{}", f.message);
    // In Kansas the same record is plainly not enough (Heglet).
    assert!(has(&findings(&m, "ksd"), "WRITTEN-ONLY", Severity::Blocker));
}

#[test]
fn an_exchange_of_emails_is_not_conferring_in_kansas() {
    let mut m = base();
    let mut reply = event("e2", date(2026, 3, 11), Method::Email, &["c2", "c1"]);
    reply.initiated_by = "c2".into();
    m.conferrals = vec![
        event("e1", date(2026, 3, 9), Method::Email, &["c1", "c2"]),
        reply,
    ];
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
    // One email from the movant, answered by one from the other side, is
    // still a single effort by the movant (seed 002: a letter answered by letter).
    assert!(has(&ks, "SINGLE-LETTER", Severity::Blocker), "{ks:?}");

    m.conferrals[1] = event("e2", date(2026, 3, 12), Method::Email, &["c1", "c2"]);
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
    assert!(
        !codes(&ks).contains(&"SINGLE-LETTER"),
        "two emails from the movant are not one: {ks:?}"
    );
}

#[test]
fn a_call_on_the_filing_day_is_a_last_minute_conferral() {
    let mut m = base();
    m.conferrals[0].date = date(2026, 3, 20);
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "LAST-MINUTE", Severity::Blocker), "{ks:?}");
    let msg = &ks
        .iter()
        .find(|f| f.0 == "LAST-MINUTE")
        .expect("last-minute")
        .2;
    assert!(msg.contains("the day the motion is to be filed"), "{msg}");
}

#[test]
fn two_minute_calls_do_not_count_as_conferring() {
    let mut m = base();
    m.conferrals[0].duration_minutes = Some(2);
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
    assert!(ks.iter().any(|f| f.2.contains("under 5 minutes")), "{ks:?}");
}

#[test]
fn contacts_after_filing_or_in_the_future_are_not_counted() {
    let mut m = base();
    m.conferrals[0].date = date(2026, 3, 25); // after the planned filing date
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "NO-CONFERRAL", Severity::Blocker), "{ks:?}");
    assert!(codes(&ks).contains(&"AFTER-FILING"), "{ks:?}");

    let mut m = base();
    m.motion.planned_filing = Some(date(2026, 4, 1));
    m.conferrals[0].date = date(2026, 3, 25); // before filing, but after today
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "NO-CONFERRAL", Severity::Blocker), "{ks:?}");
    assert!(
        ks.iter()
            .any(|f| f.0 == "AFTER-FILING" && f.2.contains("after today")),
        "{ks:?}"
    );
}

#[test]
fn every_item_in_the_motion_must_have_been_discussed_live() {
    let mut m = base();
    let mut rog5 = m.items[0].clone();
    rog5.id = "rog-5".into();
    rog5.label = "Interrogatory No. 5".into();
    m.items.push(rog5);
    let r = reg();
    let report = check(&m, r.get("ksd").expect("ksd"), today());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "ITEMS-NOT-CONFERRED")
        .expect("item finding");
    assert_eq!(f.severity, Severity::Blocker);
    // The fix is in the conferral log, so that is where the finding sends the user.
    assert_eq!(f.target.step, Step::Conferrals);
    assert_eq!(f.target.id.as_deref(), Some("rog-5"));
    // Per-request readiness: rog-4 may be raised now, rog-5 may not.
    assert_eq!(
        report.item_state("rog-4"),
        Some(goodfaith::check::ItemState::Ready)
    );
    assert_eq!(
        report.item_state("rog-5"),
        Some(goodfaith::check::ItemState::NotReady)
    );
    // Dropping rog-5 from the motion leaves a motion that may go ahead.
    let mut dropped = m.clone();
    dropped.items[1].dropped = true;
    let report = check(&dropped, r.get("ksd").expect("ksd"), today());
    assert!(!report.has("ITEMS-NOT-CONFERRED"), "{:?}", report.findings);
    assert_eq!(
        report.item_state("rog-5"),
        Some(goodfaith::check::ItemState::Dropped)
    );
    assert!(f.message.contains("Interrogatory No. 5") && f.message.contains("never discussed"));
}

#[test]
fn a_call_where_only_the_movant_spoke_is_a_demand_not_a_conference() {
    let mut m = base();
    m.conferrals[0].items[0].opponent_position.clear();
    m.conferrals[0].items[0].outcome = Outcome::Raised;
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "DEMAND-ONLY", Severity::Blocker), "{ks:?}");
}

#[test]
fn the_other_sides_later_call_recording_nothing_does_not_follow_up_a_promise() {
    // Advanced Hair Restoration (W.D. Wash. 2018): a call ending with an
    // agreement to continue producing records, then defense counsel's
    // contact the day before the motion, of which nothing is known.
    let mut m = base();
    m.conferrals[0].items[0].outcome = Outcome::Raised;
    m.conferrals[0].items[0].opponent_position = "Agreed to continue to produce records.".into();
    let mut call = from_them("e2", date(2026, 3, 19), Method::Telephone, "");
    call.summary = "Defense counsel called.".into();
    m.conferrals.push(call);
    let fs = findings(&m, "wawd");
    assert!(
        has_saying(
            &fs,
            "FOLLOW-UP-NOT-CHASED",
            Severity::AtRisk,
            "telephone call of March 19, 2026 lists it but records nothing said on it"
        ),
        "{fs:?}"
    );
    // What was said on that call, once recorded, follows the promise up.
    m.conferrals[1].items[0].opponent_position =
        "Production is complete; nothing more is coming.".into();
    m.conferrals[1].items[0].outcome = Outcome::Impasse;
    let fs = findings(&m, "wawd");
    assert!(!codes(&fs).contains(&"FOLLOW-UP-NOT-CHASED"), "{fs:?}");
    // So does the movant's own call, even with nothing recorded on it.
    m.conferrals[1] = event("e2", date(2026, 3, 19), Method::Telephone, &["c1", "c2"]);
    m.conferrals[1].items[0].movant_position.clear();
    let fs = findings(&m, "wawd");
    assert!(!codes(&fs).contains(&"FOLLOW-UP-NOT-CHASED"), "{fs:?}");
}

#[test]
fn the_other_sides_stand_before_the_judge_closes_a_promise_made_earlier() {
    // Escalera v. Bard Medical (W.D. Ky. 2017, fees awarded): a call where
    // the other side agreed to supplement on some issues, then a
    // conference with the magistrate judge where it stood on its responses.
    let mut m = base();
    m.conferrals[0].items[0].outcome = Outcome::Narrowed;
    m.conferrals[0].items[0].opponent_position =
        "Agreed to supplement on some issues; maintained its position on others.".into();
    let mut court = event("e2", date(2026, 3, 16), Method::Court, &["c1", "c2"]);
    court.summary = "Telephone conference with the magistrate judge.".into();
    court.items[0].movant_position.clear();
    m.conferrals.push(court);
    // Left open there, the conference before the judge follows nothing up.
    m.conferrals[1].items[0].outcome = Outcome::FollowUp;
    let fs = findings(&m, "kywd");
    assert!(
        has_saying(
            &fs,
            "FOLLOW-UP-NOT-CHASED",
            Severity::AtRisk,
            "the court's, not counsel following it up"
        ),
        "{fs:?}"
    );
    // At an impasse there, with the other side present, its last word is
    // known: nothing is awaited, with its position recorded or not.
    m.conferrals[1].items[0].outcome = Outcome::Impasse;
    let fs = findings(&m, "kywd");
    assert!(!codes(&fs).contains(&"FOLLOW-UP-NOT-CHASED"), "{fs:?}");
    m.conferrals[1].items[0].opponent_position = "Stood on its responses.".into();
    let fs = findings(&m, "kywd");
    assert!(!codes(&fs).contains(&"FOLLOW-UP-NOT-CHASED"), "{fs:?}");
    // A conference before the judge the other side did not attend tells
    // nothing of its answer.
    m.conferrals[1].items[0].opponent_position.clear();
    m.conferrals[1].participants = vec!["c1".into()];
    let fs = findings(&m, "kywd");
    assert!(codes(&fs).contains(&"FOLLOW-UP-NOT-CHASED"), "{fs:?}");
}

#[test]
fn a_call_on_which_the_other_side_refused_to_confer_is_no_conference() {
    // Certificate review 160: a two-minute call, recorded as refused, read
    // Ready in M.D. Fla., whose rule has the movant certify that it "has
    // conferred" (a refusal there is at risk).
    let mut m = base();
    m.conferrals[0].reply = Some(goodfaith::matter::Reply::Refused);
    m.conferrals[0].duration_minutes = Some(2);
    m.conferrals[0].items[0].outcome = Outcome::Raised;
    m.conferrals[0].items[0].opponent_position.clear();
    let fs = findings(&m, "flmd");
    assert!(has(&fs, "WRITTEN-ONLY", Severity::AtRisk), "{fs:?}");
    // Under the Federal Rules alone a refusal excuses the conference.
    let fs = findings(&m, "akd");
    assert!(!holds_back(&fs), "{fs:?}");
    // A call where the other side answered on the requests, though the
    // reply says refused, was a conference at an impasse.
    m.conferrals[0].items[0].opponent_position = "Will not produce anything more.".into();
    m.conferrals[0].items[0].outcome = Outcome::Impasse;
    let fs = findings(&m, "flmd");
    assert!(!codes(&fs).contains(&"WRITTEN-ONLY"), "{fs:?}");
}

#[test]
fn a_call_on_which_every_position_refused_to_confer_is_no_conference() {
    // Certificate review 161 (c2): no `reply` recorded, the other side's
    // every position a refusal to discuss. The certificate told it as a
    // refusal; the check read a conference, Ready in M.D. Fla.
    let mut m = base();
    m.conferrals[0].reply = None;
    m.conferrals[0].items[0].outcome = Outcome::Impasse;
    m.conferrals[0].items[0].opponent_position = "Refused to discuss the request.".into();
    let fs = findings(&m, "flmd");
    let (_, severity, message) = fs
        .iter()
        .find(|f| f.0 == "WRITTEN-ONLY")
        .expect("WRITTEN-ONLY");
    assert_eq!(*severity, Severity::AtRisk, "{fs:?}");
    assert!(message.contains("refused to confer"), "{message}");
    // Under the Federal Rules alone a refusal excuses the conference.
    let fs = findings(&m, "akd");
    assert!(!holds_back(&fs), "{fs:?}");
    // A position on the request itself is an answer at a conference.
    m.conferrals[0].items[0].opponent_position = "Refused to produce anything more.".into();
    let fs = findings(&m, "flmd");
    assert!(!codes(&fs).contains(&"WRITTEN-ONLY"), "{fs:?}");
}

#[test]
fn a_request_disputed_with_a_co_defendant_needs_a_conference_with_its_counsel() {
    // Certificate review 160 (e2, j41): a second defendant no entry reaches
    // read Ready, and nothing could tell whether the motion concerned it.
    let mut m = base();
    common::add_apex(&mut m);
    // Unrecorded, the request reads as disputed with both defendants, and
    // the log cannot tell whether it concerns Apex, whose counsel no entry
    // reaches: at risk, never Ready, naming Apex (review 350: Ready).
    let fs = findings(&m, "akd");
    assert!(
        has(&fs, "DISPUTED-PARTY-NOT-CONFERRED", Severity::AtRisk),
        "{fs:?}"
    );
    assert!(!fs.iter().any(|f| f.1 == Severity::Blocker), "{fs:?}");
    let (_, _, message) = fs
        .iter()
        .find(|f| f.0 == "DISPUTED-PARTY-NOT-CONFERRED")
        .expect("finding");
    assert!(
        message.contains("Apex Freight, Inc. took part in no contact"),
        "{message}"
    );
    // Disputed with the defendant whose counsel was on the call: Ready.
    m.items[0].disputed_with = vec!["p2".into()];
    let fs = findings(&m, "akd");
    assert!(!holds_back(&fs), "{fs:?}");
    // Disputed with Apex, whose counsel no entry reaches: a blocker, in
    // every court, naming Apex and the request.
    m.items[0].disputed_with = vec!["p3".into()];
    for court in ["akd", "ksd", "flsd", "txnd"] {
        let fs = findings(&m, court);
        assert!(
            has(&fs, "DISPUTED-PARTY-NOT-CONFERRED", Severity::Blocker),
            "{court}: {fs:?}"
        );
        let (_, _, message) = fs
            .iter()
            .find(|f| f.0 == "DISPUTED-PARTY-NOT-CONFERRED")
            .expect("finding");
        assert!(
            message.contains("Apex Freight, Inc.") && message.contains("Interrogatory No. 4"),
            "{message}"
        );
    }
    // A second request disputed with Apex is held back as well, not offered
    // as one the motion may raise now: the one finding names both.
    add_second_request(&mut m);
    let r = reg();
    let report = check(&m, r.get("akd").expect("akd"), today());
    for id in ["rog-4", "rfp-12"] {
        assert_eq!(
            report.item_state(id),
            Some(goodfaith::check::ItemState::NotReady),
            "{id}"
        );
    }
    m.items.pop();
    m.conferrals[0].items.pop();
    // A call with Apex's counsel on the request clears it.
    m.conferrals[0].participants.push("c3".into());
    let fs = findings(&m, "akd");
    assert!(
        !codes(&fs).contains(&"DISPUTED-PARTY-NOT-CONFERRED"),
        "{fs:?}"
    );
    // A dropped request asks nothing.
    m.conferrals[0].participants.pop();
    m.items[0].dropped = true;
    let fs = findings(&m, "akd");
    assert!(
        !codes(&fs).contains(&"DISPUTED-PARTY-NOT-CONFERRED"),
        "{fs:?}"
    );
    // A pro se co-defendant never contacted holds the motion back, unless
    // every request is recorded as disputed with someone else.
    m.items[0].dropped = false;
    m.counsel.pop();
    m.parties[2].pro_se = true;
    m.items[0].disputed_with.clear();
    let fs = findings(&m, "akd");
    assert!(has(&fs, "PRO-SE-EXCLUDED", Severity::Blocker), "{fs:?}");
    m.items[0].disputed_with = vec!["p2".into()];
    let fs = findings(&m, "akd");
    assert!(!codes(&fs).contains(&"PRO-SE-EXCLUDED"), "{fs:?}");
    assert!(!holds_back(&fs), "{fs:?}");
    m.items[0].disputed_with = vec!["p2".into(), "p3".into()];
    let fs = findings(&m, "akd");
    assert!(has(&fs, "PRO-SE-EXCLUDED", Severity::Blocker), "{fs:?}");
}

#[test]
fn a_request_one_co_defendant_settled_is_still_in_dispute_with_the_other() {
    use goodfaith::check::ItemState;
    use goodfaith::matter::{Party, Side};
    // Certificate review 162 (p11): the call with Acme's counsel ended at an
    // impasse; the pro se co-defendant then agreed. The certificate said
    // "Resolved before filing", and the check offered nothing for the motion.
    let mut m = base();
    m.parties.push(Party {
        id: "p3".into(),
        name: "Ray Ochoa".into(),
        side: Side::Defendant,
        pro_se: true,
        ..m.parties[1].clone()
    });
    let mut later = m.conferrals[0].clone();
    later.id = "e2".into();
    later.date = date(2026, 3, 12);
    later.participants = vec!["c1".into(), "p3".into()];
    later.items[0].outcome = Outcome::Resolved;
    later.items[0].opponent_position = "Agreed to answer for his own part.".into();
    m.conferrals.push(later);
    let r = reg();
    let report = check(&m, r.get("akd").expect("akd"), today());
    assert_ne!(report.item_state("rog-4"), Some(ItemState::Resolved));
    let cert = goodfaith::certificate::compose(
        &m,
        r.get("akd").expect("akd"),
        r.template_for(r.get("akd").expect("akd"))
            .expect("template"),
        today(),
    );
    let text: String = cert.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(
        text.contains("Still in dispute: Interrogatory No. 4."),
        "{text}"
    );
    // The same call with both defendants' sides settling it settles it.
    m.conferrals[1].participants.push("c2".into());
    let report = check(&m, r.get("akd").expect("akd"), today());
    assert_eq!(report.item_state("rog-4"), Some(ItemState::Resolved));
}

#[test]
fn a_call_whose_summary_says_the_requests_were_not_discussed_is_no_conference() {
    // Certificate review 161: with no subject recorded, these summaries
    // read as conferences on the requests.
    for summary in [
        "Only set a time for the conference; did not discuss the requests.",
        "Scheduling call only.",
        "We never discussed any of the disputed requests.",
    ] {
        let mut m = base();
        m.conferrals[0].summary = summary.into();
        let fs = findings(&m, "akd");
        assert!(holds_back(&fs), "{summary}: {fs:?}");
    }
    // Words about something else, or about one request further, are not
    // read so.
    for summary in [
        "Did not discuss settlement.",
        "Did not discuss RFP 4 further.",
    ] {
        let mut m = base();
        m.conferrals[0].summary = summary.into();
        let fs = findings(&m, "akd");
        assert!(!holds_back(&fs), "{summary}: {fs:?}");
    }
}

#[test]
fn a_call_recorded_as_only_scheduling_is_no_conference_on_the_requests() {
    // Jacobs v. Wells (M.D. La. 2017): the call that moved the conference
    // was not the conference. Recorded so, whatever its words.
    let mut m = base();
    assert!(!holds_back(&findings(&m, "ksd")));
    m.conferrals[0].subject = Some(goodfaith::matter::Subject::Scheduling);
    let fs = findings(&m, "ksd");
    assert!(
        fs.iter()
            .any(|(_, s, msg)| *s == Severity::Blocker
                && msg.contains("recorded as only scheduling")),
        "{fs:?}"
    );
    // The certificate tells it as what it was, not as a discussion of the
    // requests it lists.
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(
        text.contains("spoke by telephone with John Doe")
            && text.contains("about scheduling only")
            && !text.contains("about Interrogatory No. 4"),
        "{text}"
    );
    m.conferrals[0].subject = Some(goodfaith::matter::Subject::OtherMatter);
    let fs = findings(&m, "ksd");
    assert!(
        fs.iter()
            .any(|(_, _, msg)| msg.contains("recorded as about another case")),
        "{fs:?}"
    );
    // Recorded as taking up the requests, it is the conference it was.
    m.conferrals[0].subject = Some(goodfaith::matter::Subject::Requests);
    assert!(!holds_back(&findings(&m, "ksd")));
    // On a letter the field is not read: asking to set a conference is
    // itself an attempt to confer.
    let mut letter = base();
    letter.conferrals[0].method = Method::Letter;
    let before = findings(&letter, "ksd");
    letter.conferrals[0].subject = Some(goodfaith::matter::Subject::Scheduling);
    assert_eq!(findings(&letter, "ksd"), before);
}

/// A call recorded as only scheduling that also records the request at
/// impasse says two things, and the certificate would print both: "about
/// scheduling only" and "remains at impasse". The user must settle which.
#[test]
fn a_scheduling_call_that_records_an_impasse_contradicts_itself() {
    let mut m = base();
    m.conferrals[0].subject = Some(goodfaith::matter::Subject::Scheduling);
    let fs = findings(&m, "ksd");
    let f = fs
        .iter()
        .find(|f| f.0 == "SUBJECT-CONTRADICTED")
        .expect("the contradiction is reported");
    assert_eq!(f.1, Severity::Blocker);
    assert!(
        f.2.contains("The telephone call of March 10, 2026")
            && f.2.contains("only scheduling")
            && f.2.contains("Interrogatory No. 4 at impasse"),
        "{f:?}"
    );
    // The same in every court: it is the record, not the law.
    assert!(codes(&findings(&m, "nysd")).contains(&"SUBJECT-CONTRADICTED"));
    // A call that gave more time may record the promise it got: no
    // contradiction, and none once the outcome is set back to raised.
    m.conferrals[0].items[0].outcome = Outcome::FollowUp;
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 13),
        what: "answers to Interrogatory No. 4".into(),
        kept: None,
    });
    assert!(!codes(&findings(&m, "ksd")).contains(&"SUBJECT-CONTRADICTED"));
    m.conferrals[0].follow_up = None;
    m.conferrals[0].items[0].outcome = Outcome::Raised;
    assert!(!codes(&findings(&m, "ksd")).contains(&"SUBJECT-CONTRADICTED"));
    // Recorded as about the requests, the impasse is what it was.
    m.conferrals[0].items[0].outcome = Outcome::Impasse;
    m.conferrals[0].subject = Some(goodfaith::matter::Subject::Requests);
    assert!(!codes(&findings(&m, "ksd")).contains(&"SUBJECT-CONTRADICTED"));
}

/// A call that reached no one cannot have produced an agreement or the
/// other side's promise: a certificate would say "the call was not
/// answered" and then "Counsel resolved …" (review 349: an entry whose
/// method was changed to an unanswered call kept its outcomes, and read
/// Ready).
#[test]
fn a_call_that_reached_no_one_cannot_record_an_agreement() {
    let mut m = base();
    m.conferrals[0].items[0].outcome = Outcome::Resolved;
    assert!(!codes(&findings(&m, "ksd")).contains(&"UNREACHED-CONTRADICTED"));
    for method in [Method::UnansweredCall, Method::Voicemail] {
        m.conferrals[0].method = method;
        let fs = findings(&m, "cod");
        let f = fs
            .iter()
            .find(|f| f.0 == "UNREACHED-CONTRADICTED")
            .unwrap_or_else(|| panic!("{method:?}: {fs:?}"));
        assert_eq!(f.1, Severity::Blocker);
        assert!(f.2.contains("Interrogatory No. 4 resolved"), "{f:?}");
    }
    // The other side's promise on it, likewise.
    m.conferrals[0].items[0].outcome = Outcome::FollowUp;
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 13),
        what: "answers to Interrogatory No. 4".into(),
        kept: None,
    });
    assert!(codes(&findings(&m, "ksd")).contains(&"UNREACHED-CONTRADICTED"));
    // Only raised, as a message left: nothing contradicts it.
    m.conferrals[0].follow_up = None;
    m.conferrals[0].items[0].outcome = Outcome::Raised;
    assert!(!codes(&findings(&m, "ksd")).contains(&"UNREACHED-CONTRADICTED"));
    // A voicemail the other side left may record what it agreed to.
    m.conferrals[0].initiated_by = "c2".into();
    m.conferrals[0].items[0].outcome = Outcome::Narrowed;
    assert!(!codes(&findings(&m, "ksd")).contains(&"UNREACHED-CONTRADICTED"));
}

#[test]
fn a_promised_follow_up_must_be_chased_before_filing() {
    let mut m = base();
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 13),
        what: "a supplemental answer to Interrogatory No. 4".into(),
        kept: None,
    });
    let ks = findings(&m, "ksd");
    let f = ks
        .iter()
        .find(|f| f.0 == "FOLLOW-UP-NOT-CHASED")
        .expect("follow-up finding");
    assert_eq!(f.1, Severity::Blocker);
    assert!(
        f.2.contains("John Doe promised a supplemental answer") && f.2.contains("March 13, 2026"),
        "{}",
        f.2
    );

    // One more call after the promised date clears it.
    let mut chase = event("e2", date(2026, 3, 16), Method::Telephone, &["c1", "c2"]);
    chase.items[0].outcome = Outcome::Impasse;
    chase.items[0].opponent_position = "No supplement coming.".into();
    m.conferrals.push(chase);
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));

    // The other side delivering what it promised does not close the thread
    // by itself: what came must be conferred on before a motion about it
    // (Buntain, C.D. Ill. 2023) ...
    m.conferrals.truncate(1);
    let mut delivered = from_them(
        "e2",
        date(2026, 3, 13),
        Method::Email,
        "Served a supplemental answer.",
    );
    m.conferrals.push(delivered.clone());
    let ks = findings(&m, "ksd");
    assert!(
        ks.iter().any(
            |f| f.0 == "FOLLOW-UP-NOT-CHASED" && f.2.contains("what came was not conferred on")
        ),
        "{ks:?}"
    );
    // ... a contact of the movant's about what came does ...
    let mut answer = event("e3", date(2026, 3, 16), Method::Email, &["c1", "c2"]);
    answer.items[0].outcome = Outcome::Impasse;
    answer.items[0].opponent_position = "The supplement is complete.".into();
    m.conferrals.push(answer);
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));
    // ... and so does a delivery that is the other side's last word (it
    // stands at impasse: Rech, W.D.N.Y. 2019).
    m.conferrals.truncate(1);
    delivered.items[0].outcome = Outcome::Impasse;
    delivered.items[0].opponent_position = "Declined to supplement.".into();
    m.conferrals.push(delivered);
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));

    // Filing before the promised date is flagged too.
    m.conferrals.truncate(1);
    m.conferrals[0].follow_up.as_mut().expect("follow-up").due = date(2026, 3, 27);
    let ks = findings(&m, "ksd");
    assert!(
        ks.iter()
            .any(|f| f.0 == "FOLLOW-UP-NOT-CHASED" && f.2.contains("before that date")),
        "{ks:?}"
    );
}

#[test]
fn a_motion_filed_before_the_movant_delivers_its_own_promise_is_at_risk_naming_becker() {
    let mut m = base();
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c1".into(),
        due: date(2026, 3, 13),
        what: "a narrowed Interrogatory No. 4".into(),
        kept: None,
    });
    let r = reg();
    for court in ["ksd", "wyd", "utd"] {
        let report = check(&m, r.get(court).expect("court"), today());
        let f = report
            .findings
            .iter()
            .find(|f| f.code == "FOLLOW-UP-NOT-CHASED")
            .unwrap_or_else(|| panic!("{court}: the movant's own open promise is flagged"));
        assert_eq!(f.severity, Severity::AtRisk, "{court}: {}", f.message);
        assert!(
            f.message
                .contains("on the movant's side, promised a narrowed Interrogatory No. 4")
                && f.message.contains("middle of the meet-and-confer process"),
            "{court}: {}",
            f.message
        );
        let cases: Vec<&str> = f.authorities.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(cases, ["becker"], "{court}: names the case on this record");
        assert!(!report.ready(), "{court}");
    }

    // Sent the same afternoon, with a week left to answer it: closed.
    let mut sent = event("e2", date(2026, 3, 10), Method::Email, &["c1", "c2"]);
    sent.time = Some(jiff::civil::time(16, 0, 0, 0));
    sent.items[0].movant_position = "Sent the narrowed interrogatory.".into();
    m.conferrals.push(sent.clone());
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));

    // Sent on Wednesday for a Friday motion: the other side had two business
    // days, not three, to answer what the movant promised.
    m.conferrals[1].date = date(2026, 3, 18);
    assert!(has_saying(
        &findings(&m, "ksd"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::AtRisk,
        "It was sent on March 18, 2026"
    ));

    // A later conference on it closes the thread, whoever called it.
    let mut call = event("e3", date(2026, 3, 19), Method::Telephone, &["c2", "c1"]);
    call.initiated_by = "c2".into();
    call.duration_minutes = Some(20);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "Will not answer even the narrowed version.".into();
    m.conferrals.push(call);
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));

    // Recorded as not kept: at risk whatever followed.
    m.conferrals.truncate(1);
    m.conferrals.push(sent.clone());
    m.conferrals[0].follow_up.as_mut().expect("follow-up").kept = Some(false);
    assert!(has_saying(
        &findings(&m, "ksd"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::AtRisk,
        "the promise was not kept"
    ));
    m.conferrals[0].follow_up.as_mut().expect("follow-up").kept = None;

    // An unanswered call delivers nothing.
    m.conferrals.truncate(1);
    let mut rang = unanswered("e2", date(2026, 3, 12), Method::UnansweredCall);
    rang.items.clear();
    m.conferrals.push(rang);
    assert!(has_saying(
        &findings(&m, "ksd"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::AtRisk,
        "No later letter or email from the movant's side delivering it"
    ));
}

#[test]
fn a_request_the_log_records_as_resolved_is_not_offered_for_the_motion_until_something_reopens_it()
{
    use goodfaith::check::ItemState;
    let mut m = base();
    m.items.push(goodfaith::matter::DisputedItem {
        response: m.items[0].response,
        ..goodfaith::matter::DisputedItem::new("rog-5".into(), "Interrogatory No. 5".into())
    });
    let mut rog5 = m.conferrals[0].items[0].clone();
    rog5.item = "rog-5".into();
    rog5.outcome = Outcome::Resolved;
    rog5.opponent_position = "Agreed to answer for 2020 onward.".into();
    m.conferrals[0].items.push(rog5);
    let r = reg();
    let state = |m: &Matter| {
        let report = check(m, r.get("ksd").expect("ksd"), today());
        (report.item_state("rog-5"), report.ready(), report)
    };
    let (rog5_state, ready, report) = state(&m);
    assert_eq!(rog5_state, Some(ItemState::Resolved));
    assert!(
        ready,
        "a resolution is no fault in the conferral: {:?}",
        messages(&report)
    );
    assert_eq!(report.item_state("rog-4"), Some(ItemState::Ready));
    let note = report
        .findings
        .iter()
        .find(|f| f.target.id.as_deref() == Some("rog-5"))
        .expect("a note on the resolved request");
    assert_eq!(note.severity, Severity::Note);
    assert_eq!(
        note.message,
        "Interrogatory No. 5 is recorded as resolved on March 10, 2026, and no later contact reopens it: the certificate reports the resolution, and the motion should not ask the court to decide it."
    );
    assert!(
        note.authorities.is_empty(),
        "the conferral cases do not speak to a resolution"
    );

    // The agreed answer never came: the promise made at the call is broken,
    // and the request is in dispute again.
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 13),
        what: "an answer for 2020 onward".into(),
        kept: Some(false),
    });
    assert_eq!(state(&m).0, Some(ItemState::Ready));

    // A later call at impasse on it reopens it too.
    m.conferrals[0].follow_up = None;
    let mut later = event("e2", date(2026, 3, 16), Method::Telephone, &["c1", "c2"]);
    later.items[0].item = "rog-5".into();
    later.items[0].outcome = Outcome::Impasse;
    later.items[0].opponent_position = "Withdrew the agreement.".into();
    later.duration_minutes = Some(20);
    m.conferrals.push(later);
    assert_eq!(state(&m).0, Some(ItemState::Ready));

    // The movant's own broken promise does not reopen what the other side
    // agreed to: that promise is reported by FOLLOW-UP-NOT-CHASED instead.
    m.conferrals.truncate(1);
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c1".into(),
        due: date(2026, 3, 13),
        what: "a narrowed Interrogatory No. 4".into(),
        kept: Some(false),
    });
    assert_eq!(state(&m).0, Some(ItemState::Resolved));
    m.conferrals[0].follow_up = None;

    // Dropped from the motion, it says so.
    m.conferrals.truncate(1);
    m.items[1].dropped = true;
    assert_eq!(state(&m).0, Some(ItemState::Dropped));

    // A resolved request is not checked as one the motion raises: a
    // missed motion deadline on it alone does not hold the motion back.
    m.items[1].dropped = false;
    m.items[1].response = Some(date(2026, 1, 5));
    let (rog5_state, ready, report) = state(&m);
    assert_eq!(rog5_state, Some(ItemState::Resolved));
    assert!(ready, "{:?}", messages(&report));

    // Every request resolved: there is nothing left to move on.
    m.conferrals[0].items[0].outcome = Outcome::Resolved;
    let (_, ready, report) = state(&m);
    assert!(!ready);
    assert!(report.findings.iter().any(|f| {
        f.code == "ITEMS-NOT-CONFERRED"
            && f.severity == Severity::Blocker
            && f.message
                .contains("Every listed request is resolved in conferral")
    }));
}

/// A call's length no day could hold is a typing slip the certificate
/// would state under the lawyer's signature (review 349: 100,000,000
/// minutes printed as sworn): a warning, which changes no verdict.
#[test]
fn a_call_longer_than_a_working_day_is_questioned() {
    let mut m = base();
    m.conferrals[0].duration_minutes = Some(100_000_000);
    let fs = findings(&m, "ksd");
    let f = fs
        .iter()
        .find(|f| f.0 == "DURATION-IMPLAUSIBLE")
        .unwrap_or_else(|| panic!("{fs:?}"));
    assert_eq!(f.1, Severity::Warning);
    assert!(f.2.contains("100000000 minutes"), "{f:?}");
    assert!(!holds_back(&fs));
    // A full day's deposition is not questioned.
    m.conferrals[0].duration_minutes = Some(7 * 60);
    assert!(!codes(&findings(&m, "ksd")).contains(&"DURATION-IMPLAUSIBLE"));
}

/// The movant's own promise recorded as kept came by its day: the other
/// side's fair time runs from then, and it is not told as outstanding
/// (review 349: "No later letter or email … delivering it" of a promise
/// recorded as kept).
#[test]
fn the_movants_own_promise_recorded_as_kept_is_not_outstanding() {
    let mut m = base();
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c1".into(),
        due: date(2026, 3, 12),
        what: "a narrowed Interrogatory No. 4".into(),
        kept: None,
    });
    let chased = |m: &Matter| {
        findings(m, "ksd")
            .into_iter()
            .find(|f| f.0 == "FOLLOW-UP-NOT-CHASED")
    };
    let open = chased(&m).expect("an outstanding promise is reported");
    assert!(open.2.contains("No later letter or email"), "{open:?}");
    m.conferrals[0].follow_up.as_mut().unwrap().kept = Some(true);
    assert_eq!(chased(&m), None);
    // Kept the day before filing: the other side had no fair time to answer.
    m.conferrals[0].follow_up.as_mut().unwrap().due = date(2026, 3, 19);
    let late = chased(&m).expect("a promise kept the day before filing");
    assert!(
        late.2.contains("recorded as kept") && !late.2.contains("No later letter"),
        "{late:?}"
    );
}

#[test]
fn a_request_discussed_only_before_its_response_came_is_not_called_never_discussed() {
    let mut m = base();
    // The call of March 10 came before the response of March 12.
    m.items[0].response = Some(date(2026, 3, 12));
    let fs = findings(&m, "ksd");
    assert!(
        has_saying(
            &fs,
            "ITEMS-NOT-CONFERRED",
            Severity::Blocker,
            "Interrogatory No. 4 was discussed only before its response (or default date) came"
        ),
        "{fs:?}"
    );
    assert!(
        !fs.iter().any(|f| f.2.contains("never discussed")),
        "{fs:?}"
    );
}

#[test]
fn a_pro_se_opponent_is_not_exempt_from_conferral() {
    let mut m = base();
    m.counsel.truncate(1);
    m.parties[1].pro_se = true;
    m.parties[1].contact.phone = "(785) 555-0100".into();
    m.conferrals[0].participants = vec!["c1".into()];
    let ks = findings(&m, "ksd");
    let f = ks
        .iter()
        .find(|f| f.0 == "PRO-SE-EXCLUDED")
        .expect("pro se finding");
    assert_eq!(f.1, Severity::Blocker);
    assert!(f.2.contains("Acme Corp. is not represented"), "{}", f.2);

    m.conferrals[0].participants = vec!["c1".into(), "p2".into()];
    let ks = findings(&m, "ksd");
    assert!(
        !codes(&ks).contains(&"PRO-SE-EXCLUDED"),
        "a call with the pro se party counts: {ks:?}"
    );
    assert!(ks.iter().all(|f| f.1 != Severity::Blocker), "{ks:?}");
}

#[test]
fn staff_only_contact_is_not_counsel_conferring() {
    let mut m = base();
    m.conferrals[0].participants = vec!["c1".into()];
    m.conferrals[0].staff = vec![StaffMember {
        name: "Pat Poe".into(),
        role: "paralegal".into(),
        works_for: "c2".into(),
    }];
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
}

#[test]
fn a_boilerplate_certificate_lacks_particularity() {
    let mut m = base();
    m.certificate.form = CertificateForm::Custom;
    m.certificate.statement =
        "Despite efforts to reach a compromise, the Parties have been unable to agree.".into();
    let ks = findings(&m, "ksd");
    let f = ks
        .iter()
        .find(|f| f.0 == "CERT-BOILERPLATE")
        .expect("boilerplate finding");
    assert_eq!(f.1, Severity::Blocker);
    assert!(f.2.contains("despite efforts"), "{}", f.2);

    m.certificate.statement = "On March 10, 2026, at 2:00 p.m., Jane Roe spoke by telephone with John Doe for 30 minutes about Interrogatory No. 4.".into();
    assert!(!codes(&findings(&m, "ksd")).contains(&"CERT-BOILERPLATE"));
}

/// A date and a means are not enough: the date must be a step's, and the
/// statement must say who took part or what was discussed (a certificate
/// review, 143: rejected certificates with a day added read Ready).
#[test]
fn a_dated_certificate_still_needs_a_step_and_its_particulars() {
    let mut m = base();
    m.certificate.form = CertificateForm::Custom;
    for conclusory in [
        // The day of the motion, or one the log does not hold (Gill-Mulson
        // v. Eagle River Fire, D. Colo. 2012, with a day added).
        "Prior to filing this motion on March 20, 2026, counsel for Plaintiff conferred with John Doe by telephone about Interrogatory No. 4.",
        "On March 17, 2026, telephonic and email inquiry of John Doe was made as to Interrogatory No. 4. No response was received.",
        // When and how, but neither who nor what.
        "On March 10, 2026, counsel for the parties conferred by telephone in a good faith effort to resolve the issues raised in this motion but were unable to do so.",
        "Counsel conferred telephonically on 3/10/26 in good faith and are at an impasse.",
        // Words in passing are not who or what (a certificate review,
        // 144): a request named only as "the discovery requests at issue",
        // a name only in the signature, a span's day.
        "On March 10, 2026, counsel conferred by telephone regarding the discovery requests at issue but could not agree.",
        "On March 10, 2026, counsel conferred by telephone but could not agree. /s/ Jane Roe",
        "Since March 10, 2026, counsel have conferred by telephone about the interrogatories, without success.",
    ] {
        m.certificate.statement = conclusory.into();
        let ks = findings(&m, "ksd");
        assert!(
            has(&ks, "CERT-BOILERPLATE", Severity::Blocker),
            "{conclusory:?}: {ks:?}"
        );
    }
    m.counsel[1].name = "Amy Li".into();
    for particular in [
        "On March 10, 2026, counsel for Plaintiff spoke by telephone with Amy Li; Defendant would not expand its answer.",
        "On the 10th of March, 2026, counsel conferred by telephone about Interrogatory No. 4 and reached an impasse.",
        "On the tenth day of March, 2026, counsel conferred by telephone about Interrogatory No. 4 and reached an impasse.",
        "Counsel spoke by phone on 3/10 about No. 4; Defendant would not expand its answer.",
        "On March 10, 2026, I telephoned Ms. Li; she would not expand the answer.",
    ] {
        m.certificate.statement = particular.into();
        let ks = findings(&m, "ksd");
        assert!(
            !codes(&ks).contains(&"CERT-BOILERPLATE"),
            "{particular:?}: {ks:?}"
        );
    } // A rewritten step of the composed certificate is held the same way.
    m.certificate.form = CertificateForm::Generated;
    m.certificate.edits.insert(
        "e1".into(),
        "On March 10, 2026, counsel conferred by telephone but could not agree.".into(),
    );
    assert!(has(
        &findings(&m, "ksd"),
        "CERT-BOILERPLATE",
        Severity::Blocker
    ));
}

/// Where the rule's own words ask for the names of those who conferred
/// (N.D. Tex. L. Civ. R. 7.1(b): "the identities of the attorneys
/// conferring"), a statement about a conference that names a request but
/// no one on the other side is held; elsewhere the request answers "what".
#[test]
fn a_court_asking_for_the_names_of_those_who_conferred_gets_them() {
    let mut m = base();
    m.certificate.form = CertificateForm::Custom;
    // Each says why agreement could not be reached, which N.D. Tex. asks too.
    let nameless = "On March 10, 2026, counsel conferred by telephone about Interrogatory No. 4; Defendant maintains it is overbroad.";
    let only_ours = "On March 10, 2026, Jane Roe conferred by telephone with opposing counsel about Interrogatory No. 4; Defendant maintains it is overbroad.";
    let named = "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4; Defendant maintains it is overbroad.";
    assert_eq!(m.counsel[0].name, "Jane Roe");
    assert_eq!(m.counsel[1].name, "John Doe");
    for court in ["ksd", "txnd"] {
        m.certificate.statement = named.into();
        let f = findings(&m, court);
        assert!(!codes(&f).contains(&"CERT-BOILERPLATE"), "{court}: {f:?}");
    }
    m.certificate.statement = nameless.into();
    assert!(!codes(&findings(&m, "ksd")).contains(&"CERT-BOILERPLATE"));
    for text in [nameless, only_ours] {
        m.certificate.statement = text.into();
        let f = findings(&m, "txnd");
        let hit = f
            .iter()
            .find(|f| f.0 == "CERT-BOILERPLATE")
            .unwrap_or_else(|| panic!("{text:?}: {f:?}"));
        assert_eq!(hit.1, Severity::Blocker);
        assert!(hit.2.contains("names of those who conferred"), "{}", hit.2);
    }
    // The fix names the other side's counsel the record holds.
    let r = reg();
    let report = check(&m, r.get("txnd").expect("txnd"), today());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "CERT-BOILERPLATE")
        .expect("held");
    assert!(f.fix.contains("John Doe for the other side"), "{}", f.fix);
}

/// N.D. Tex. L. Civ. R. 7.1(b)(2): an opposed motion's certificate must
/// "explain why agreement could not be reached". A statement giving the
/// date, the names and the request but only "reached an impasse" or "the
/// motion is opposed" is held there; a stated ground passes; D. Kan. asks
/// for no reason. The composed certificate explains it with the other
/// side's recorded position, so with none recorded it is held too.
#[test]
fn an_opposed_motion_in_north_texas_must_say_why_agreement_failed() {
    let mut m = base();
    m.certificate.form = CertificateForm::Custom;
    let bare = [
        "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4 and reached an impasse.",
        "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4. The motion is opposed.",
    ];
    for text in bare {
        m.certificate.statement = text.into();
        let f = findings(&m, "txnd");
        let hit = f
            .iter()
            .find(|f| f.0 == "CERT-BOILERPLATE")
            .unwrap_or_else(|| panic!("{text:?}: {f:?}"));
        assert_eq!(hit.1, Severity::Blocker);
        assert!(
            hit.2
                .contains("does not explain why agreement could not be reached"),
            "{}",
            hit.2
        );
        assert!(
            !codes(&findings(&m, "ksd")).contains(&"CERT-BOILERPLATE"),
            "{text}"
        );
    }
    for text in [
        "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4. Defendant refused to answer it because it seeks records before 2023.",
        "On March 10, 2026, Jane Roe conferred by telephone with John Doe about Interrogatory No. 4. Mr. Doe maintains the objection that it is overbroad, so the motion is opposed.",
    ] {
        m.certificate.statement = text.into();
        assert!(
            !codes(&findings(&m, "txnd")).contains(&"CERT-BOILERPLATE"),
            "{text}"
        );
    }

    // The composed certificate: the base record holds the other side's
    // position on the request, so it can say why; without it, it cannot.
    let mut m = base();
    m.certificate.form = CertificateForm::Generated;
    assert!(!codes(&findings(&m, "txnd")).contains(&"CERT-BOILERPLATE"));
    for e in &mut m.conferrals {
        for d in &mut e.items {
            d.opponent_position.clear();
        }
    }
    let f = findings(&m, "txnd");
    let hit = f
        .iter()
        .find(|f| f.0 == "CERT-BOILERPLATE")
        .unwrap_or_else(|| panic!("{f:?}"));
    assert!(
        hit.2.contains("records the other side's position on"),
        "{}",
        hit.2
    );
}

/// A motion filed on the day a promised answer fell due did not wait for
/// it, unless the promise is recorded as broken by then: `kept: false`, or,
/// in an old file, an objection saying nothing came by that day
/// (Rutherford Controls v. Alarm Controls, E.D. Va. 2009: "nothing received
/// by close of business on January 30, 2009, the agreed production date").
/// Read so, the lapse is the split of split.md (at risk), not a blocker.
#[test]
fn nothing_received_by_the_promised_day_reads_as_a_broken_promise() {
    let mut m = base();
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 20),
        what: "a full answer".into(),
        kept: None,
    });
    let unchased = |m: &Matter| {
        findings(m, "vaed")
            .into_iter()
            .find(|f| f.0 == "FOLLOW-UP-NOT-CHASED")
            .map(|f| (f.1, f.2))
    };
    let (sev, msg) = unchased(&m).expect("a filing-day promise is reported");
    assert_eq!(sev, Severity::Blocker);
    assert!(msg.contains("the day it fell due"), "{msg}");
    for objection in [
        "No answer; nothing received by close of business on March 20, 2026, the agreed date",
        "Defendant has not answered. Nothing came by Mar. 20.",
        "None received as of 3/20/2026",
        "Nothing was produced by 3/20.",
        "Defendant hasn\u{2019}t produced anything by March 20.",
        "Café Roe \u{2014} nothing received \u{2014} by March 20, 2026.",
    ] {
        m.items[0].objection = objection.into();
        let (sev, msg) = unchased(&m).expect("still unchased");
        assert_eq!(sev, Severity::AtRisk, "{objection}");
        assert!(msg.contains("No later contact follows it up"), "{msg}");
    }
    for objection in [
        "Defendant will not answer by March 20, 2026",
        "Nothing received by March 2, 2026",
        "Answer received March 20, 2026",
        // An adversarial review, 158: the promise itself, another paper,
        // another year, a day with nothing about arriving.
        "Defendant agreed to respond no later than March 20, 2026",
        "Answers served March 20 but no privilege log",
        "Nothing received by March 20, 2025",
        "The deposition was not taken on March 20",
        "It is not true that nothing was received by March 20",
        "Produced the documents on March 20 and has not served a privilege log",
        "Nothing received by March 20th, 2025",
    ] {
        m.items[0].objection = objection.into();
        assert_eq!(
            unchased(&m).map(|f| f.0),
            Some(Severity::Blocker),
            "{objection}"
        );
    }
}

/// N.D. Tex. L. Civ. R. 7.1(b)(3): "If a conference was not held, the
/// certificate must explain why it was not possible to confer." With only
/// unanswered attempts logged, a statement that recites them but not the
/// silence is held there, and not in D. Kan.
#[test]
fn without_a_conference_north_texas_asks_why_none_was_possible() {
    let mut m = base();
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 2), Method::Letter),
        unanswered("a2", date(2026, 3, 6), Method::Voicemail),
    ];
    m.certificate.form = CertificateForm::Custom;
    let why = "does not explain why a conference was not possible";
    m.certificate.statement = "On March 2, 2026, Jane Roe wrote to John Doe about Interrogatory No. 4, and on March 6, 2026 she called him and left a voicemail.".into();
    let f = findings(&m, "txnd");
    assert!(
        f.iter()
            .any(|f| f.0 == "CERT-BOILERPLATE" && f.2.contains(why)),
        "{f:?}"
    );
    assert!(!findings(&m, "ksd").iter().any(|f| f.2.contains(why)));
    m.certificate.statement = "On March 2, 2026, Jane Roe wrote to John Doe about Interrogatory No. 4, and on March 6, 2026 she called him and left a voicemail; he did not respond to either.".into();
    assert!(!findings(&m, "txnd").iter().any(|f| f.2.contains(why)));
}

/// W.D. Okla. LCvR 37.1 asks that counsel "personally have met and
/// conferred" (Herndon v. City of Clinton, 2024): letters and emails the
/// other side answered are a blocker there, where the Federal Rules
/// baseline (N.D. Okla., with no pack) holds them at risk.
#[test]
fn an_exchange_of_letters_is_not_meeting_personally_in_western_oklahoma() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/courts/okwd/fail-WRITTEN-ONLY-letter-answered-by-email.json");
    let src = std::fs::read_to_string(&path).expect("fixture");
    let mut m = parse_matter(&src, "okwd.json").expect("parses");
    let today = date(2025, 6, 13);
    let severity = |m: &Matter, court: &str| {
        let r = reg();
        check(m, r.get(court).expect("court"), today)
            .findings
            .into_iter()
            .find(|f| f.code == "WRITTEN-ONLY")
            .map(|f| f.severity)
    };
    assert_eq!(severity(&m, "okwd"), Some(Severity::Blocker));
    m.court = "oknd".into();
    assert_eq!(severity(&m, "oknd"), Some(Severity::AtRisk));
}

#[test]
fn no_certificate_at_all_blocks() {
    let mut m = base();
    m.certificate.form = CertificateForm::None;
    assert!(has(&findings(&m, "ksd"), "CERT-MISSING", Severity::Blocker));
    // A custom statement that says there is none is the same, not a
    // certificate lacking particulars (review 68, Price v. Plantation
    // Management, M.D. La. 2008).
    m.certificate.form = CertificateForm::Custom;
    for said in [
        "None. The motion contains no certification.",
        "N/A",
        "No certificate of conferral was filed with the motion.",
    ] {
        m.certificate.statement = said.into();
        let ks = findings(&m, "ksd");
        assert!(
            has(&ks, "CERT-MISSING", Severity::Blocker),
            "{said:?}: {ks:?}"
        );
        assert!(
            !codes(&ks).contains(&"CERT-BOILERPLATE"),
            "{said:?}: {ks:?}"
        );
    }
    // "None" opening a sentence of particulars is a statement.
    m.certificate.statement = "None of the requests were resolved when Jane Roe spoke by telephone with John Doe on March 10, 2026 about Interrogatory No. 4.".into();
    assert!(!codes(&findings(&m, "ksd")).contains(&"CERT-MISSING"));
}

#[test]
fn citing_rule_37_1_for_the_duty_to_confer_is_flagged() {
    let mut m = base();
    m.certificate.cites = vec!["D. Kan. Rule 37.1".into()];
    let ks = findings(&m, "ksd");
    let f = ks
        .iter()
        .find(|f| f.0 == "WRONG-RULE")
        .expect("wrong-rule finding");
    assert!(f.2.contains("D. Kan. Rule 37.2"), "{}", f.2);
    m.certificate.cites = vec!["D. Kan. Rule 37.2".into()];
    assert!(!codes(&findings(&m, "ksd")).contains(&"WRONG-RULE"));
}

#[test]
fn mississippi_needs_every_counsels_endorsement() {
    let mut m = base();
    m.court = "mssd".into();
    let ms = findings(&m, "mssd");
    assert_eq!(
        ms.iter()
            .filter(|f| f.0 == "CERT-NOT-ENDORSED" && f.1 == Severity::Blocker)
            .count(),
        2,
        "{ms:?}"
    );

    m.certificate.endorsements = vec![
        Endorsement {
            counsel: "c1".into(),
            status: EndorsementStatus::Signed,
        },
        Endorsement {
            counsel: "c2".into(),
            status: EndorsementStatus::Refused,
        },
    ];
    let ms = findings(&m, "mssd");
    let f = ms
        .iter()
        .find(|f| f.0 == "CERT-NOT-ENDORSED")
        .expect("refusal finding");
    assert!(f.2.contains("John Doe refused"), "{}", f.2);
    // No order read says what a movant does then: at risk, never Ready.
    assert_eq!(f.1, Severity::AtRisk);
    assert_eq!(
        check(&m, reg().get("mssd").expect("mssd"), today()).level(),
        goodfaith::check::Verdict::AtRisk
    );

    m.certificate.endorsements[1].status = EndorsementStatus::Signed;
    let ms = findings(&m, "mssd");
    assert!(ms.iter().all(|f| f.1 != Severity::Blocker), "{ms:?}");
}

#[test]
fn kansas_thirty_day_deadline_is_counted_under_rule_6a_and_the_rule_of_the_filing_date() {
    let mut m = base();
    // Response served Fri Jan 2, 2026: day 30 is Sun Feb 1, so the period runs to Mon Feb 2.
    m.items[0].response = Some(date(2026, 1, 2));
    let r = reg();
    let report = check(&m, r.get("ksd").expect("ksd"), today());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "MOTION-DEADLINE")
        .expect("deadline finding");
    // Rule 37.1(c) since December 1, 2022: late is at risk unless diligence
    // is shown, not waived.
    assert_eq!(f.severity, Severity::AtRisk);
    assert!(f.message.contains("February 2, 2026"), "{}", f.message);
    assert!(f.message.contains("diligence"), "{}", f.message);
    let rule = f.rule.expect("rule");
    assert_eq!(rule.id, "ksd-37.1c");
    assert!(
        rule.currency()
            .contains("as amended effective December 1, 2022"),
        "{}",
        rule.currency()
    );
    assert!(!f.authorities.is_empty());

    // Twelve days before the deadline: a warning to confer now.
    m.items[0].response = Some(date(2026, 3, 2)); // deadline Wed Apr 1
    m.motion.planned_filing = Some(date(2026, 3, 25));
    let ks = findings(&m, "ksd");
    let f = ks
        .iter()
        .find(|f| f.0 == "MOTION-DEADLINE")
        .expect("deadline warning");
    assert_eq!(f.1, Severity::Warning);
    assert!(
        f.2.contains("April 1, 2026") && f.2.contains("does not stop the clock"),
        "{}",
        f.2
    );

    // Since 2022 the deadline governs every discovery-related motion.
    m.items[0].response = Some(date(2026, 1, 2));
    m.motion.planned_filing = Some(date(2026, 3, 20));
    m.motion.kind = MotionKind::ProtectiveOrder;
    assert!(codes(&findings(&m, "ksd")).contains(&"MOTION-DEADLINE"));

    // A motion filed in 2019 is read under the rule of its day: 37.1(b),
    // motions to compel only, objection waived.
    m.motion.kind = MotionKind::Compel;
    for e in &mut m.conferrals {
        e.date = date(2019, 3, 10);
    }
    m.items[0].response = Some(date(2019, 1, 2));
    m.motion.planned_filing = Some(date(2019, 3, 20));
    let report = check(&m, r.get("ksd").expect("ksd"), date(2019, 3, 20));
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "MOTION-DEADLINE-2022")
        .expect("old-rule deadline");
    assert_eq!(f.severity, Severity::Blocker);
    assert!(f.message.contains("waived"), "{}", f.message);
    assert_eq!(f.rule.expect("rule").id, "ksd-37.1b");
    assert!(!report.has("MOTION-DEADLINE"));
    m.motion.kind = MotionKind::ProtectiveOrder;
    let report = check(&m, r.get("ksd").expect("ksd"), date(2019, 3, 20));
    assert!(!report.has("MOTION-DEADLINE-2022"));
}

#[test]
fn every_request_a_late_motion_deadline_names_stands_where_it_says() {
    // Two requests answered the same day share one MOTION-DEADLINE finding;
    // the summary must not say the motion "may raise now" the second one
    // (review 349, item 13).
    let mut m = base();
    m.items[0].response = Some(date(2026, 1, 2));
    add_second_request(&mut m);
    let r = reg();
    let report = check(&m, r.get("ksd").expect("ksd"), today());
    let late: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "MOTION-DEADLINE")
        .collect();
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(late[0].message.contains("Request for Production No. 12"));
    for id in ["rog-4", "rfp-12"] {
        assert_eq!(
            report.item_state(id),
            Some(goodfaith::check::ItemState::AtRisk),
            "{id}"
        );
    }
}

#[test]
fn a_request_recorded_as_never_answered_that_quotes_its_answer_is_held_back() {
    // Review 349, item 8: "No response was served at all" ticked on a request
    // whose served response is quoted read Ready; the letter quoted the
    // response, and the checks read a complete default.
    let mut m = base();
    m.items[0].no_response = Some(true);
    m.items[0].response_text = "Defendant objects as overbroad.".into();
    let fs = findings(&m, "ksd");
    assert!(
        has(&fs, "RESPONSE-CONTRADICTED", Severity::Blocker),
        "{fs:?}"
    );
    let (_, _, message) = fs
        .iter()
        .find(|f| f.0 == "RESPONSE-CONTRADICTED")
        .expect("finding");
    assert!(message.contains("Interrogatory No. 4"), "{message}");
    // Either fact alone is a record, not a contradiction.
    m.items[0].no_response = Some(false);
    assert!(!codes(&findings(&m, "ksd")).contains(&"RESPONSE-CONTRADICTED"));
    m.items[0].no_response = Some(true);
    m.items[0].response_text = "  ".into();
    assert!(!codes(&findings(&m, "ksd")).contains(&"RESPONSE-CONTRADICTED"));
    // A request dropped from the motion is not in its papers.
    m.items[0].response_text = "Defendant objects as overbroad.".into();
    m.items[0].dropped = true;
    assert!(!codes(&findings(&m, "ksd")).contains(&"RESPONSE-CONTRADICTED"));
}

#[test]
fn documented_unanswered_attempts_stand_as_attempted_to_confer() {
    let mut m = base();
    let mut tries = vec![
        event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]),
        event("a2", date(2026, 3, 4), Method::Voicemail, &["c1", "c2"]),
        event(
            "a3",
            date(2026, 3, 6),
            Method::UnansweredCall,
            &["c1", "c2"],
        ),
    ];
    m.conferrals = tries.clone();
    // Three attempts, no reply recorded on any, and nothing from the other
    // side in the log (a file written before `reply` existed): the log
    // itself shows the silence, and the checker says what it read.
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(&fed, "WRITTEN-ONLY", Severity::Note, "read from the log"),
        "{fed:?}"
    );
    assert!(has(&findings(&m, "ksd"), "WRITTEN-ONLY", Severity::Blocker));

    // One attempt recorded as answered, the others with nothing recorded:
    // the record does not show silence.
    tries[0].reply = Some(goodfaith::matter::Reply::Answered);
    m.conferrals = tries.clone();
    let fed = findings(&m, "federal");
    let f = fed
        .iter()
        .find(|f| f.0 == "WRITTEN-ONLY")
        .expect("written-only");
    assert_eq!(f.1, Severity::AtRisk);
    assert!(f.2.contains("repeated attempts"), "{}", f.2);
    tries[0].reply = None;

    // The silence recorded: the federal rule's "attempted to confer" holds.
    tries[2].reply = Some(goodfaith::matter::Reply::None);
    m.conferrals = tries.clone();
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::Note), "{fed:?}");
    // Kansas asks four attempts on three days.
    assert!(has(&findings(&m, "ksd"), "WRITTEN-ONLY", Severity::Blocker));
    tries.push(event("a4", date(2026, 3, 9), Method::Email, &["c1", "c2"]));
    tries[3].reply = Some(goodfaith::matter::Reply::None);
    m.conferrals = tries.clone();
    let ks = findings(&m, "ksd");
    assert!(
        !holds_back(&ks),
        "four attempts on four days by four means, unanswered: {ks:?}"
    );

    // But the other side writing back afterwards makes it an exchange, not silence.
    let mut answer = event("b1", date(2026, 3, 10), Method::Email, &["c2", "c1"]);
    answer.initiated_by = "c2".into();
    m.conferrals.push(answer);
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
}

/// Telephone tag is not the other side's silence: where its own call
/// reached no one and the movant's letters and returned call followed, it
/// was trying to talk (Perez v. G & P Auto Wash, E.D.N.Y. 2011: "letter
/// campaigns and telephone tag" do not satisfy the duty to confer).
#[test]
fn telephone_tag_is_no_unanswered_attempt() {
    let mut m = base();
    let mut theirs = event("t0", date(2026, 2, 27), Method::Voicemail, &["c2", "c1"]);
    theirs.initiated_by = "c2".into();
    let mut tries = vec![
        event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]),
        event("a2", date(2026, 3, 4), Method::Voicemail, &["c1", "c2"]),
        event("a3", date(2026, 3, 6), Method::Email, &["c1", "c2"]),
    ];
    for t in &mut tries {
        t.reply = Some(goodfaith::matter::Reply::None);
    }
    // Without the other side's call, the silence excuses the conference.
    m.conferrals = tries.clone();
    assert!(!holds_back(&findings(&m, "federal")));
    // With it first, the attempts since are telephone tag.
    m.conferrals = std::iter::once(theirs.clone())
        .chain(tries.clone())
        .collect();
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(&fed, "WRITTEN-ONLY", Severity::AtRisk, "telephone tag"),
        "{fed:?}"
    );
    assert!(has(
        &findings(&m, "nyed"),
        "WRITTEN-ONLY",
        Severity::Blocker
    ));
    // A call of the movant's logged as a telephone conference that says it
    // was only tag reaches no one either.
    let mut tag = event("a4", date(2026, 3, 9), Method::Telephone, &["c1", "c2"]);
    tag.summary = "Telephone tag: returned the call; counsel never spoke.".into();
    m.conferrals.push(tag);
    let fed = findings(&m, "federal");
    assert!(
        has_saying(&fed, "WRITTEN-ONLY", Severity::AtRisk, "telephone tag"),
        "{fed:?}"
    );
}

#[test]
fn letters_and_emails_nobody_answered_need_a_call_when_served_responses_are_disputed() {
    let mut m = base();
    // An earlier conversation at which the other side promised an answer...
    let mut talk = event("t1", date(2026, 2, 2), Method::Other, &["c1", "c2"]);
    talk.items[0].opponent_position = "Will supplement by February 20.".into();
    // ... then three written attempts on three days, none answered.
    let written = vec![
        talk,
        event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]),
        event("a2", date(2026, 3, 5), Method::Email, &["c1", "c2"]),
        event("a3", date(2026, 3, 9), Method::Email, &["c1", "c2"]),
    ];
    m.conferrals = written.clone();
    // Responses were served and are disputed: no order read accepts letters
    // alone there, and Bencomo (D.N.M. 2015) faulted a movant who never
    // picked up the phone. At risk, never Ready.
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "attempts was a call"
        ),
        "{fed:?}"
    );
    assert!(
        !has(&fed, "ITEMS-NOT-CONFERRED", Severity::Blocker),
        "{fed:?}"
    );
    // S.D.N.Y. (a conference in person or by telephone) asks for a call
    // outright, and says so; D. Kan. also asks four attempts on three days.
    let ny = findings(&m, "nysd");
    assert!(
        has_saying(
            &ny,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "asks for more than letters"
        ),
        "{ny:?}"
    );
    assert!(has(&findings(&m, "ksd"), "WRITTEN-ONLY", Severity::Blocker));
    // A voicemail among them: the unanswered attempts stand.
    m.conferrals.push(event(
        "a4",
        date(2026, 3, 11),
        Method::Voicemail,
        &["c1", "c2"],
    ));
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::Note), "{fed:?}");
    // But an answer to the last attempt means the other side engaged: the
    // silence is no longer shown, and the record is at risk, not Ready.
    m.conferrals[1].reply = Some(goodfaith::matter::Reply::None);
    m.conferrals[4].reply = Some(goodfaith::matter::Reply::Answered);
    let fed = findings(&m, "federal");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::AtRisk), "{fed:?}");
    // Nothing served at all: repeated written requests for the overdue
    // responses stand without a call (Null, E.D. Ark. 2023).
    m.conferrals = written.clone();
    m.items[0].no_response = Some(true);
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    m.items[0].no_response = Some(false);
    // Two attempts since the other side last spoke are not repeated attempts.
    m.conferrals.remove(1);
    let fed = findings(&m, "federal");
    assert!(
        fed.iter()
            .any(|f| f.0 == "WRITTEN-ONLY" && f.1 != Severity::Note),
        "{fed:?}"
    );
}

#[test]
fn an_entry_of_another_kind_that_does_not_say_how_it_was_made_is_no_attempt() {
    // Two unanswered attempts by two means: short of the baseline's three.
    let mut m = base();
    let tries = vec![
        unanswered("a1", date(2026, 3, 2), Method::Email),
        unanswered("a2", date(2026, 3, 4), Method::UnansweredCall),
    ];
    let third = |summary: &str| {
        let mut e = unanswered("a3", date(2026, 3, 9), Method::Other);
        e.summary = summary.into();
        e.items[0].movant_position.clear();
        e
    };
    // A third entry logged as "other" whose words say no contact was made,
    // or tell of the movant's own file, is not a third attempt.
    for said in [
        "No contact was made; counsel did not try to reach opposing counsel again before filing.",
        "Memo to file: still no answer.",
        "Planned to call but did not.",
        "",
    ] {
        m.conferrals = tries.clone();
        m.conferrals.push(third(said));
        let fed = findings(&m, "federal");
        assert!(holds_back(&fed), "{said:?}: {fed:?}");
        assert!(
            fed.iter().any(|(c, _, m)| c == "WRITTEN-ONLY"
                && m.contains("does not say how the other side was reached")),
            "{said:?}: {fed:?}"
        );
    }
    // One that says how it was made is an attempt like any other.
    m.conferrals = tries.clone();
    m.conferrals.push(third(
        "Texted opposing counsel asking for a call about the answer.",
    ));
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
}

#[test]
fn attempts_sent_only_to_a_party_that_has_counsel_are_no_attempts() {
    // Three unanswered attempts on three days by three means: "attempted to
    // confer" under the Federal Rules when they went to opposing counsel.
    let mut m = base();
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 2), Method::Letter),
        unanswered("a2", date(2026, 3, 5), Method::UnansweredCall),
        unanswered("a3", date(2026, 3, 10), Method::Email),
    ];
    assert!(!holds_back(&findings(&m, "federal")));
    // The same attempts addressed to Acme itself, which John Doe represents:
    // a represented party confers through its lawyer.
    for e in &mut m.conferrals {
        e.participants = vec!["c1".into(), "p2".into()];
    }
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(
        fed.iter()
            .any(|(c, _, m)| c == "WRITTEN-ONLY"
                && m.contains("went only to a party that has counsel")),
        "{fed:?}"
    );
    // Copied to counsel, they stand again.
    for e in &mut m.conferrals {
        e.participants.push("c2".into());
    }
    assert!(!holds_back(&findings(&m, "federal")));
    // Sent instead to a non-party's lawyer on a motion against Acme: no
    // attempt to confer with the party the motion is against.
    let mut custodian = m.parties[1].clone();
    custodian.id = "p3".into();
    custodian.name = "Records Custodian LLC".into();
    custodian.side = goodfaith::matter::Side::Nonparty;
    m.parties.push(custodian);
    let mut lawyer = m.counsel[1].clone();
    lawyer.id = "c3".into();
    lawyer.name = "Rita Poe".into();
    lawyer.represents = vec!["p3".into()];
    m.counsel.push(lawyer);
    for e in &mut m.conferrals {
        e.participants = vec!["c1".into(), "c3".into()];
    }
    let fed = findings(&m, "federal");
    assert!(
        fed.iter()
            .any(|(c, _, m)| c == "WRITTEN-ONLY" && m.contains("went only to a non-party")),
        "{fed:?}"
    );
    // Unless the motion seeks the discovery from that non-party.
    m.items[0].label = "Documents held by Records Custodian LLC".into();
    assert!(!holds_back(&findings(&m, "federal")));
}

#[test]
fn a_promise_broken_by_a_represented_party_on_the_telephone_is_no_attempt_with_its_counsel() {
    // A complete default, one call in which the other side promised the
    // overdue answer by a day that passed: a broken promise stands as an
    // attempt to confer.
    let mut m = base();
    m.items[0].no_response = Some(true);
    m.conferrals[0].items[0].outcome = Outcome::Raised;
    m.conferrals[0].items[0].opponent_position = "Promised the answer by March 13.".into();
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 13),
        what: "an answer to Interrogatory No. 4".into(),
        kept: Some(false),
    });
    assert!(!holds_back(&findings(&m, "federal")));
    // The same call with Acme itself, which John Doe represents: no
    // conference, and no attempt to confer with its counsel either.
    m.conferrals[0].participants = vec!["c1".into(), "p2".into()];
    if let Some(fu) = &mut m.conferrals[0].follow_up {
        fu.promised_by = "p2".into();
    }
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(&fed, "WRITTEN-ONLY", Severity::Blocker, "without counsel"),
        "{fed:?}"
    );
}

#[test]
fn a_refusal_recorded_on_a_request_itself_is_an_answer_not_a_refusal_to_confer() {
    // One email on responses the other side served, recorded as refused.
    let mut m = base();
    let mut e = unanswered("a1", date(2026, 3, 12), Method::Email);
    e.reply = Some(goodfaith::matter::Reply::Refused);
    m.conferrals = vec![e];
    // With nothing said, the field is taken at its word: a refusal to
    // confer excuses the conference.
    assert!(!holds_back(&findings(&m, "federal")));
    // Its position says what was refused: a supplement, not a conference.
    // That is an answer on the merits, and one email is no conference.
    m.conferrals[0].items[0].opponent_position = "Refused to supplement; objections stand.".into();
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(
        fed.iter().any(|(c, _, m)| c == "WRITTEN-ONLY"
            && m.contains("is recorded as refused, but the other side's position there is on the requests themselves")),
        "{fed:?}"
    );
    // Refusing to meet and confer is the refusal the field means.
    m.conferrals[0].items[0].opponent_position = "Refused to meet and confer.".into();
    assert!(!holds_back(&findings(&m, "federal")));
    // The same refusal logged as the other side's own email, in a file that
    // records replies but none refused (Jenkins v. Miller, D. Vt. 2024, as
    // an over-strictness review recorded it): the refusal stands.
    let mut ask = event("a1", date(2026, 3, 12), Method::Email, &["c1", "c2"]);
    ask.items[0].movant_position = "Asked to meet and confer on the requests.".into();
    ask.reply = Some(goodfaith::matter::Reply::Answered);
    let mut no = from_them(
        "r1",
        date(2026, 3, 13),
        Method::Email,
        "Refused to meet and confer.",
    );
    no.items[0].outcome = Outcome::Impasse;
    m.conferrals = vec![ask, no];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // The movant's own entry telling the refusal is not read so in a file
    // that records replies: there the field says it.
    m.conferrals[1].initiated_by = "c1".into();
    m.conferrals[1].participants = vec!["c1".into(), "c2".into()];
    assert!(holds_back(&findings(&m, "federal")));
}

/// A refusal marked on the movant's email that the other side's own next
/// email answers on the requests ("Stood on its responses") is an impasse
/// in writing, as when the answer sits on the refused entry itself (an
/// adversarial review, 137, of Mastro's v. Dominick Group, D. Ariz. 2012);
/// one that answers nothing on them ("Would not respond") leaves the
/// refusal standing (Alford v. Flener, W.D. Ky. 2023). A quarrel over the
/// meeting place makes the refusal one of the place (Williams v. City of
/// Rochester, W.D.N.Y. 2018).
#[test]
fn a_refusal_the_other_side_answers_on_the_merits_in_its_own_message_excuses_nothing() {
    let mut m = base();
    let mut ask = unanswered("a1", date(2026, 3, 12), Method::Email);
    ask.reply = Some(goodfaith::matter::Reply::Refused);
    let mut answer = from_them(
        "r1",
        date(2026, 3, 13),
        Method::Email,
        "Stood on its responses.",
    );
    answer.items[0].outcome = Outcome::Impasse;
    m.conferrals = vec![ask, answer];
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(codes(&fed).contains(&"WRITTEN-ONLY"), "{fed:?}");
    m.conferrals[1].items[0].opponent_position = "Would not respond.".into();
    assert!(!holds_back(&findings(&m, "federal")));
    // Nor does a refusal to confer that names what the conferring was to be
    // about (an over-strictness review, 142, of Jenkins v. Miller).
    m.conferrals[1].items[0].opponent_position =
        "Rejected the request to meet and confer about the responses.".into();
    assert!(!holds_back(&findings(&m, "federal")));
    // The other side's later offer of dates takes the refusal back, even on
    // a message that lists no request (an adversarial review, 141, of
    // Roberts v. Lessard, M.D. La. 2017).
    let mut offer = from_them("o1", date(2026, 3, 16), Method::Email, "");
    offer.items.clear();
    offer.offer_to_confer = true;
    m.conferrals.push(offer);
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    m.conferrals.pop();
    m.conferrals[1].summary = "Disputed the venue for the meet and confer.".into();
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
}

#[test]
fn where_the_court_asks_for_a_conversation_unanswered_attempts_are_at_risk_even_in_a_complete_default()
 {
    let mut m = base();
    m.items[0].no_response = Some(true);
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 3), Method::Email),
        unanswered("a2", date(2026, 3, 10), Method::Letter),
    ];
    // Elsewhere two spaced, unanswered requests for responses never served
    // stand as an attempt to confer (Null, E.D. Ark. 2023)...
    assert!(!holds_back(&findings(&m, "federal")));
    // ... but M.D. Fla. holds that counsel who merely attempt to confer have
    // not conferred (Pantazes, 2014), and struck a motion certifying that
    // the other side gave no substantive response (Latell, 2014); D. Del.'s
    // rule asks for oral communication, N.D. Cal.'s and D. Nev.'s for direct
    // dialogue.
    for court in ["flmd", "ded", "cand", "nvd", "lamd"] {
        let fs = findings(&m, court);
        assert!(
            has_saying(
                &fs,
                "WRITTEN-ONLY",
                Severity::AtRisk,
                "this court asks for a conversation, and attempts alone may not satisfy it"
            ),
            "{court}: {fs:?}"
        );
    }
    let cases = cases_named(&m, "flmd", "WRITTEN-ONLY");
    assert!(cases.iter().any(|c| c.starts_with("Latell")), "{cases:?}");
    // M.D. La. went both ways in 2022: the finding names both orders.
    let cases = cases_named(&m, "lamd", "WRITTEN-ONLY");
    assert!(
        cases.iter().any(|c| c.starts_with("Lowe"))
            && cases.iter().any(|c| c.starts_with("La. Fair Hous.")),
        "{cases:?}"
    );
    // Elsewhere the finding names an order on such a record: Parker (D. Md.
    // 2016) denied a motion on an email and a letter about responses never
    // served.
    for court in ["ded", "cand", "nvd"] {
        let cases = cases_named(&m, court, "WRITTEN-ONLY");
        assert!(
            cases.iter().all(|c| c.starts_with("Parker")),
            "{court}: {cases:?}"
        );
    }
    // An express refusal still excuses the conference there, except in M.D.
    // Fla., whose rule has the movant certify that it "has conferred".
    m.conferrals[1].reply = Some(goodfaith::matter::Reply::Refused);
    for court in ["ded", "cand", "nvd"] {
        assert!(!holds_back(&findings(&m, court)), "{court}");
    }
    let fl = findings(&m, "flmd");
    assert!(
        has_saying(
            &fl,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "the other side refused to confer"
        ),
        "{fl:?}"
    );
}

#[test]
fn a_court_entry_naming_both_sides_is_not_a_conference_between_them() {
    let mut m = base();
    // A letter to the magistrate judge naming both sides' counsel, with the
    // other side's position on the request: the same entry would record an
    // informal conference before the judge, so it is never read as the
    // sides conferring, and the certificate never says they conferred.
    let mut chambers = event("k1", date(2026, 3, 10), Method::Court, &["c1", "c2"]);
    chambers.items[0].outcome = Outcome::Impasse;
    chambers.items[0].opponent_position = "The request is overbroad.".into();
    m.conferrals = vec![chambers];
    for court in ["federal", "njd", "tnmd"] {
        let fs = findings(&m, court);
        assert!(
            has(&fs, "NO-CONFERRAL", Severity::Blocker),
            "{court}: {fs:?}"
        );
    }
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(text.contains("contacted the Court"), "{text}");
    assert!(!text.contains("conference"), "{text}");
}

#[test]
fn an_order_of_the_court_is_not_the_conference_with_the_court_its_rule_asks_for() {
    // W.D. Mo. L.R. 37.1: no written discovery motion until the telephone
    // conference with the judge has been held. Counsel conferred by
    // telephone; the only later entry with the court is its order on
    // earlier motions (as a review logged Cross v. City of Chillicothe,
    // W.D. Mo. 2022): that is no conference, and no request for one.
    let mut m = base();
    let mut call = event("t1", date(2026, 3, 5), Method::Telephone, &["c1", "c2"]);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "The request is overbroad.".into();
    call.time = Some(jiff::civil::time(14, 0, 0, 0));
    call.duration_minutes = Some(20);
    let mut order = event("k1", date(2026, 3, 10), Method::Court, &["c1", "c2"]);
    order.summary =
        "Order ECF No. 71: Court denied Pltf's earlier discovery motions without prejudice.".into();
    m.conferrals = vec![call, order];
    let pre_motion = |m: &Matter| {
        findings(m, "mowd")
            .into_iter()
            .any(|(c, s, _)| c == "PRE-MOTION-CONFERENCE" && s == Severity::Blocker)
    };
    assert!(pre_motion(&m), "an order alone");
    // The telephone conference with the judge, or the request for it, is
    // the step, whatever else the entry says.
    for summary in [
        "Telephone conference with Judge Smith; the court denied the request to compel.",
        "Emailed chambers to request the L.R. 37.1 conference; order setting it for March 18.",
    ] {
        m.conferrals[1].summary = summary.into();
        assert!(!pre_motion(&m), "{summary}");
    }
    // A request only the movant made, with no word that the court held the
    // conference or denied it, was still pending when the motion was filed:
    // W.D. Mo. bars the motion "until this telephone conference has been
    // held", and S.D.N.Y. hears it only once the request "has either been
    // denied" or the conference failed (review 350: Ready).
    m.conferrals[1].participants = vec!["c1".into()];
    for summary in [
        "Letter to chambers requesting an informal conference under Local Civil Rule 37.2.",
        "Called chambers to request a discovery conference; clerk said the judge would set one.",
        "Filed letter-motion requesting pre-motion discovery conference.",
    ] {
        m.conferrals[1].summary = summary.into();
        assert!(pre_motion(&m), "{summary}");
        let ny = findings(&m, "nysd");
        assert!(
            has_saying(
                &ny,
                "PRE-MOTION-CONFERENCE",
                Severity::Blocker,
                "not that the court held the conference or denied it"
            ),
            "{summary}: {ny:?}"
        );
    }
    // Its answer logged, the step is done.
    for summary in [
        "Letter to chambers requesting a conference; the Court denied the request.",
        "Asked chambers for a conference; the judge held it by telephone on March 12.",
    ] {
        m.conferrals[1].summary = summary.into();
        assert!(!pre_motion(&m), "{summary}");
    }
}

#[test]
fn a_conference_before_the_judge_that_led_to_leave_to_file_is_weighed_like_a_hearing() {
    let mut m = base();
    // An informal discovery conference before the magistrate judge, both
    // sides present, at the end of which the court gave leave to file
    // (Escalera, W.D. Ky. 2017; RS Logistical, E.D. Tenn. 2022; Schnatter,
    // W.D. Ky. 2021). The sides discussed the requests, so the record is no
    // longer without a conference, nor last-minute for following it the same
    // day; but it is court action, not the conference between counsel the
    // rules ask for first: at risk in the baseline, and not ready where the
    // court's rule has counsel confer before asking for the court.
    let filing = m.motion.planned_filing.expect("filing date");
    let mut held = event("k1", filing, Method::Court, &["c1", "c2"]);
    held.items[0].outcome = Outcome::Impasse;
    held.leave_to_file = true;
    m.conferrals = vec![held.clone()];
    let fs = findings(&m, "federal");
    for code in ["NO-CONFERRAL", "LAST-MINUTE"] {
        assert!(!fs.iter().any(|(c, _, _)| c == code), "{code}: {fs:?}");
    }
    assert!(
        has_saying(&fs, "WRITTEN-ONLY", Severity::AtRisk, "before the judge"),
        "{fs:?}"
    );
    assert!(has(&fs, "ITEMS-NOT-CONFERRED", Severity::AtRisk), "{fs:?}");
    assert!(
        !fs.iter().any(|(_, s, _)| *s == Severity::Blocker),
        "{fs:?}"
    );
    let ny = findings(&m, "nysd");
    assert!(has(&ny, "WRITTEN-ONLY", Severity::Blocker), "{ny:?}");
    // D.N.J. hears a dispute only after counsel confer: the court step
    // itself says the conference between counsel is missing.
    let nj = findings(&m, "njd");
    assert!(
        has_saying(
            &nj,
            "PRE-MOTION-CONFERENCE",
            Severity::Blocker,
            "no conference between counsel before it"
        ),
        "{nj:?}"
    );
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(
        text.contains("in a conference with the Court")
            && text.contains("after which the Court gave leave to file the motion"),
        "{text}"
    );
    // Counsel conferred by telephone first, then the judge gave leave: the
    // ordinary course, and Ready.
    let mut call = event("t1", date(2026, 3, 10), Method::Telephone, &["c1", "c2"]);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "The request is overbroad.".into();
    call.time = Some(jiff::civil::time(14, 0, 0, 0));
    call.duration_minutes = Some(20);
    m.conferrals = vec![call, held.clone()];
    let fs = findings(&m, "federal");
    assert!(!holds_back(&fs), "{fs:?}");
    // Nor is it one of the movant's attempts: a letter and a call that went
    // unanswered, then the conference, do not stand as "attempted to
    // confer" (before, the conference completed the count and read Ready).
    let letter = unanswered("a1", date(2026, 3, 2), Method::Letter);
    let call = unanswered("a2", date(2026, 3, 9), Method::UnansweredCall);
    m.conferrals = vec![letter, call, held.clone()];
    let fs = findings(&m, "federal");
    assert!(holds_back(&fs), "{fs:?}");
    // Leave given after hearing only the movant is not a discussion with
    // the other side.
    held.participants = vec!["c1".into()];
    m.conferrals = vec![held];
    assert!(has(
        &findings(&m, "federal"),
        "NO-CONFERRAL",
        Severity::Blocker
    ));
}

#[test]
fn a_request_raised_in_an_email_the_other_side_answered_is_not_called_unanswered() {
    let mut m = base();
    // The email was answered (`reply: answered`), but nothing the other side
    // said about the request is recorded: the finding must not say it never
    // answered.
    let mut mail = event("a1", date(2026, 3, 10), Method::Email, &["c1", "c2"]);
    mail.reply = Some(goodfaith::matter::Reply::Answered);
    m.conferrals = vec![mail];
    let fs = findings(&m, "federal");
    let item: Vec<_> = fs
        .iter()
        .filter(|(c, _, _)| c == "ITEMS-NOT-CONFERRED")
        .collect();
    assert!(
        !item.is_empty()
            && item
                .iter()
                .all(|(_, _, msg)| msg.contains("the other side answered")
                    && !msg.contains("never answered")),
        "{fs:?}"
    );
}

#[test]
fn a_complete_default_needs_requests_spaced_to_allow_an_answer_and_a_call_where_the_rule_asks() {
    let mut m = base();
    // Nothing was served by the March 2 due date.
    m.items[0].no_response = Some(true);
    let first = unanswered("a1", date(2026, 3, 3), Method::Email);
    let week_later = unanswered("a2", date(2026, 3, 10), Method::Email);
    // Two emails a week apart, neither answered (Null, E.D. Ark. 2023; LFHAC,
    // M.D. La. 2022): attempted to confer.
    m.conferrals = vec![first.clone(), week_later.clone()];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::Note), "{fed:?}");
    // An email setting a call for the next day, then that call unanswered:
    // no time to answer the first, so in effect one request (Ricard, M.D. La.
    // 2022, denied such a motion).
    m.conferrals = vec![
        first.clone(),
        unanswered("a2", date(2026, 3, 4), Method::UnansweredCall),
    ];
    for court in ["federal", "lamd"] {
        let fs = findings(&m, court);
        assert!(
            has_saying(&fs, "WRITTEN-ONLY", Severity::AtRisk, "fair time to answer"),
            "{court}: {fs:?}"
        );
    }
    // The fair time is the baseline's three days: a second request on the
    // third day counts, on the second day it does not...
    let hurried = |m: &Matter| has(&findings(m, "federal"), "WRITTEN-ONLY", Severity::AtRisk);
    m.conferrals = vec![
        first.clone(),
        unanswered("a2", date(2026, 3, 6), Method::Email),
    ];
    assert!(!hurried(&m));
    m.conferrals = vec![
        first.clone(),
        unanswered("a2", date(2026, 3, 5), Method::Email),
    ];
    assert!(hurried(&m));
    // ... or the day the movant itself gave, if later: a reminder before it,
    // or a motion filed before it, does not give the other side its time.
    let mut gave_ten_days = first.clone();
    gave_ten_days.respond_by = Some(date(2026, 3, 13));
    m.conferrals = vec![gave_ten_days.clone(), week_later.clone()];
    assert!(hurried(&m), "a reminder before the day given");
    m.conferrals = vec![
        gave_ten_days.clone(),
        unanswered("a2", date(2026, 3, 16), Method::Email),
    ];
    assert!(!hurried(&m));
    let mut then_gave_a_week = unanswered("a2", date(2026, 3, 16), Method::Email);
    then_gave_a_week.respond_by = Some(date(2026, 3, 23));
    m.conferrals = vec![gave_ten_days, then_gave_a_week];
    assert!(hurried(&m), "filed before the day the movant gave");
    // Every request must have been asked for twice: one email about each of
    // two requests is a single asking for each.
    let mut two = m.clone();
    let mut rfp = two.items[0].clone();
    rfp.id = "rfp-1".into();
    rfp.label = "Request for Production No. 1".into();
    two.items.push(rfp);
    let mut about_rfp = week_later.clone();
    about_rfp.items[0].item = "rfp-1".into();
    two.conferrals = vec![first.clone(), about_rfp];
    let fs = findings(&two, "federal");
    assert!(
        has_saying(
            &fs,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "asked for the overdue responses once"
        ),
        "{fs:?}"
    );
    // D. Md. and D. Kan. ask for more than an email or letter, default or not
    // (Parker, D. Md. 2016): the two emails are not enough there...
    m.conferrals = vec![first.clone(), week_later.clone()];
    for court in ["mdd", "ksd"] {
        let fs = findings(&m, court);
        assert!(
            has_saying(
                &fs,
                "WRITTEN-ONLY",
                Severity::Blocker,
                "more than letters even then"
            ),
            "{court}: {fs:?}"
        );
    }
    // A voicemail before the responses were due is no request for them.
    let mut early = m.clone();
    early
        .conferrals
        .push(unanswered("v0", date(2026, 2, 25), Method::Voicemail));
    let fs = findings(&early, "mdd");
    assert!(has(&fs, "WRITTEN-ONLY", Severity::Blocker), "{fs:?}");
    // ... and a voicemail among them makes the attempt.
    m.conferrals
        .push(unanswered("a3", date(2026, 3, 12), Method::Voicemail));
    for court in ["mdd", "ksd"] {
        let fs = findings(&m, court);
        assert!(has(&fs, "WRITTEN-ONLY", Severity::Note), "{court}: {fs:?}");
    }
    // A pro se opponent with no telephone can only be written to (Gardner,
    // D. Kan. 2006): letters alone stand in D. Kan.
    m.counsel.retain(|c| c.id != "c2");
    m.parties[1].pro_se = true;
    m.parties[1].contact.no_telephone = true;
    let to_party = |mut e: ConferralEvent| {
        e.participants = vec!["c1".into(), "p2".into()];
        e
    };
    m.conferrals = vec![to_party(first), to_party(week_later)];
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Note), "{ks:?}");
    // A number on file contradicts "no telephone": the number wins, and the
    // user is told.
    m.parties[1].contact.phone = "785-555-0100".into();
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
    assert!(
        has_saying(
            &ks,
            "PRO-SE-EXCLUDED",
            Severity::Warning,
            "a number is on file"
        ),
        "{ks:?}"
    );
    m.parties[1].contact.phone.clear();
    m.parties[1].contact.no_telephone = false;
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "WRITTEN-ONLY", Severity::Blocker), "{ks:?}");
}

#[test]
fn an_express_refusal_excuses_the_conference_and_a_rushed_demand_does_not() {
    let mut m = base();
    let mut letter = event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]);
    letter.reply = Some(goodfaith::matter::Reply::Refused);
    m.conferrals = vec![letter.clone()];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // The other side's own later email does not take it back (it is often
    // the refusal itself, White, W.D. Wash. 2020) ...
    let mut theirs = event("a2", date(2026, 3, 4), Method::Email, &["c2", "c1"]);
    theirs.initiated_by = "c2".into();
    theirs.items[0].movant_position.clear();
    theirs.items[0].opponent_position = "Will confer only by email.".into();
    m.conferrals = vec![letter.clone(), theirs];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // ... but a later attempt the other side answered does: it engaged, and
    // the record is judged as the written exchange it became.
    let mut chase = event("a3", date(2026, 3, 9), Method::Email, &["c1", "c2"]);
    chase.reply = Some(goodfaith::matter::Reply::Answered);
    chase.items[0].opponent_position = "Objections stand.".into();
    m.conferrals = vec![letter.clone(), chase];
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "The refusal recorded on the attempt of March 2, 2026 no longer stands"
        ),
        "{fed:?}"
    );
    // So does a later message of the other side's that gives ground on a
    // request (here it offers to answer for part of the period): it did not
    // refuse to discuss the request, whatever it said first.
    let mut gives = from_them(
        "a5",
        date(2026, 3, 9),
        Method::Email,
        "Will answer for 2024 only.",
    );
    gives.items[0].outcome = Outcome::Narrowed;
    m.conferrals = vec![letter.clone(), gives];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "the other side gave ground on a request"
        ),
        "{fed:?}"
    );
    // So does the other side's later offer to talk that the movant let lie.
    let mut offer = event("a4", date(2026, 3, 9), Method::Email, &["c2", "c1"]);
    offer.initiated_by = "c2".into();
    offer.offer_to_confer = true;
    m.conferrals = vec![letter, offer];
    assert!(holds_back(&findings(&m, "federal")));
    // A demand giving one day to answer, the day before filing, is no attempt.
    let mut demand = unanswered("a1", date(2026, 3, 18), Method::Email);
    demand.respond_by = Some(date(2026, 3, 19));
    m.conferrals = vec![demand.clone()];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "RUSHED-ATTEMPT",
            Severity::Blocker,
            "asked for an answer by"
        ),
        "{fed:?}"
    );
    // The same one-day deadline, but the movant then waited two and a half
    // weeks before filing: the other side had its time, and the demand is
    // not faulted (Gill-Mulson, D. Colo. 2012: wait three business days).
    demand.date = date(2026, 3, 2);
    demand.respond_by = Some(date(2026, 3, 3));
    m.conferrals = vec![demand];
    let fed = findings(&m, "federal");
    assert!(!has(&fed, "RUSHED-ATTEMPT", Severity::Blocker), "{fed:?}");
}

#[test]
fn maryland_counts_its_thirty_days_from_a_response_received_so_a_complete_default_starts_none() {
    // D. Md.: "within thirty days of the party's receipt of the response".
    // Thomas v. Mars (D. Md. 2017) granted a motion to compel responses never
    // served, filed some twelve weeks after they fell due.
    let r = reg();
    let mut m = base();
    m.court = "mdd".into();
    m.items[0].response = Some(date(2026, 1, 2));
    m.motion.planned_filing = Some(date(2026, 3, 20));
    let report = check(&m, r.get("mdd").expect("mdd"), today());
    assert!(
        report.has("MOTION-DEADLINE"),
        "a response served starts the clock"
    );
    m.items[0].no_response = Some(true);
    let report = check(&m, r.get("mdd").expect("mdd"), today());
    assert!(
        !report.has("MOTION-DEADLINE"),
        "nothing served, no period: {:?}",
        report.findings
    );
    // D. Kan. Rule 37.1(b) counted "within 30 days of the default or service
    // of the response": there a default starts it.
    m.court = "ksd".into();
    for e in &mut m.conferrals {
        e.date = date(2019, 3, 10);
    }
    m.items[0].response = Some(date(2019, 1, 2));
    m.motion.planned_filing = Some(date(2019, 3, 20));
    let report = check(&m, r.get("ksd").expect("ksd"), date(2019, 3, 20));
    assert!(report.has("MOTION-DEADLINE-2022"), "{:?}", report.findings);
}

#[test]
fn a_deadline_dated_before_its_request_is_flagged_not_weighed() {
    // A slip in the log: the answer asked for by March 1 on a letter of
    // March 9. It is not read as a demand leaving no time at all.
    let mut m = base();
    let mut letter = unanswered("a1", date(2026, 3, 9), Method::Letter);
    letter.respond_by = Some(date(2026, 3, 1));
    m.conferrals.push(letter);
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "RUSHED-ATTEMPT",
            Severity::Warning,
            "before the day it was sent"
        ),
        "{fed:?}"
    );
    assert!(!has(&fed, "RUSHED-ATTEMPT", Severity::Blocker), "{fed:?}");
}

#[test]
fn a_friday_demand_for_a_monday_answer_leaves_one_business_day_not_three() {
    // Gill-Mulson (D. Colo. 2012) asks the movant to wait "at least three
    // business days": a demand made on Friday, March 13, 2026 for an answer
    // on Monday the 16th, with the motion on Tuesday the 17th, gave the other
    // side one working day, though three calendar days passed.
    let mut m = base();
    m.motion.planned_filing = Some(date(2026, 3, 17));
    let mut demand = unanswered("a1", date(2026, 3, 13), Method::Email);
    demand.respond_by = Some(date(2026, 3, 16));
    m.conferrals = vec![demand.clone()];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "RUSHED-ATTEMPT",
            Severity::Blocker,
            "1 business day later"
        ),
        "{fed:?}"
    );
    // Answer asked for by Wednesday, the motion that day: three working
    // days, and the demand is not faulted.
    // (An earlier letter keeps the first approach a week and more before
    // the motion.)
    let mut letter = event("a0", date(2026, 3, 2), Method::Letter, &["c1", "c2"]);
    letter.reply = Some(goodfaith::matter::Reply::None);
    demand.respond_by = Some(date(2026, 3, 18));
    m.motion.planned_filing = Some(date(2026, 3, 18));
    m.conferrals = vec![letter, demand];
    let fed = findings(&m, "federal");
    assert!(!has(&fed, "RUSHED-ATTEMPT", Severity::Blocker), "{fed:?}");
}

#[test]
fn a_call_about_another_case_is_not_a_conference_on_this_motion() {
    let mut m = base();
    m.conferrals[0].items.clear();
    let fed = findings(&m, "federal");
    let f = fed
        .iter()
        .find(|f| f.0 == "WRITTEN-ONLY")
        .expect("written-only");
    assert_eq!(f.1, Severity::Blocker);
    assert!(
        f.2.contains("discussed none of the motion's requests"),
        "{}",
        f.2
    );
}

#[test]
fn an_offer_to_confer_left_unanswered_blocks() {
    let mut m = base();
    let mut offer = event("o1", date(2026, 3, 12), Method::Email, &["c2", "c1"]);
    offer.initiated_by = "c2".into();
    offer.offer_to_confer = true;
    m.conferrals.push(offer);
    let fed = findings(&m, "federal");
    assert!(has(&fed, "IGNORED-OFFER", Severity::Blocker), "{fed:?}");
    // An old file's offer told only in the summary of the other side's
    // message: read from its words, and the finding says so.
    let offer = m.conferrals.last_mut().expect("the offer");
    offer.offer_to_confer = false;
    offer.items[0].opponent_position.clear();
    offer.summary = "Mr. Doe wrote back and offered to meet and confer on Tuesday.".into();
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "IGNORED-OFFER",
            Severity::Blocker,
            "its position or summary"
        ),
        "{fed:?}"
    );
}

#[test]
fn filing_while_opposing_counsel_is_away_blocks_without_a_conference() {
    let mut m = base();
    m.conferrals = vec![event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"])];
    m.unavailable = vec![goodfaith::matter::Unavailability {
        person: "c2".into(),
        from: date(2026, 3, 15),
        to: date(2026, 3, 25),
        note: "In trial".into(),
    }];
    let fed = findings(&m, "federal");
    assert!(has(&fed, "OPPONENT-AWAY", Severity::Blocker), "{fed:?}");
}

#[test]
fn a_message_sent_during_the_absence_then_a_quick_motion_is_at_risk_even_after_a_conference() {
    // Coleman v. California (E.D. Cal. 2019): a revision emailed during
    // opposing counsel's noticed vacation, the motion the day after he was
    // back. The conference of March 10 still counts; the haste does not.
    let mut m = base();
    m.unavailable = vec![goodfaith::matter::Unavailability {
        person: "c2".into(),
        from: date(2026, 3, 12),
        to: date(2026, 3, 18),
        note: "Noticed vacation".into(),
    }];
    m.conferrals
        .push(event("e2", date(2026, 3, 16), Method::Email, &["c1", "c2"]));
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "OPPONENT-AWAY",
            Severity::AtRisk,
            "fell in John Doe's known absence"
        ),
        "{fed:?}"
    );
    // Back in time to answer before the motion: nothing to fault.
    m.unavailable[0].to = date(2026, 3, 13);
    m.conferrals[1].date = date(2026, 3, 13);
    let fed = findings(&m, "federal");
    assert!(!codes(&fed).contains(&"OPPONENT-AWAY"), "{fed:?}");
}

#[test]
fn in_maryland_the_conference_must_follow_the_service_of_the_motion() {
    // D. Md. L.R. 104.8 (G. W. Aru v. W. R. Grace, D. Md. 2023): serve the
    // motion, opposition and reply, then confer, then file. Induction
    // Therapies v. Ingenes (D. Md. 2023): a call the day the motion was
    // served.
    let mut m = base();
    m.court = "mdd".into();
    // Unrecorded, the order of events cannot be seen: at risk, never Ready.
    let fs = findings(&m, "mdd");
    assert!(
        has_saying(
            &fs,
            "SERVE-THEN-CONFER",
            Severity::AtRisk,
            "day the motion was served is not recorded"
        ),
        "{fs:?}"
    );
    m.motion.served = Some(date(2026, 3, 10));
    let fs = findings(&m, "mdd");
    assert!(
        has_saying(
            &fs,
            "SERVE-THEN-CONFER",
            Severity::Blocker,
            "served on March 10, 2026"
        ),
        "{fs:?}"
    );
    // Served before the March 10 conference: that conference is the one.
    m.motion.served = Some(date(2026, 3, 3));
    let fs = findings(&m, "mdd");
    assert!(!codes(&fs).contains(&"SERVE-THEN-CONFER"), "{fs:?}");
    // The conference follows the last of the papers: a reply served on the
    // day of the conference leaves none after it.
    m.motion.opposition_served = Some(date(2026, 3, 6));
    assert!(!codes(&findings(&m, "mdd")).contains(&"SERVE-THEN-CONFER"));
    m.motion.reply_served = Some(date(2026, 3, 10));
    let fs = findings(&m, "mdd");
    assert!(
        has_saying(
            &fs,
            "SERVE-THEN-CONFER",
            Severity::Blocker,
            "and the reply on March 10, 2026"
        ),
        "{fs:?}"
    );
    m.motion.opposition_served = None;
    m.motion.reply_served = None;
    // Other courts do not read it.
    m.motion.served = Some(date(2026, 3, 10));
    assert!(!codes(&findings(&m, "ksd")).contains(&"SERVE-THEN-CONFER"));
    // The thirty days to serve run to the day of service, not of filing:
    // the response came March 2, the motion was served April 6 (late),
    // the papers are to be filed later still.
    m.motion.served = Some(date(2026, 4, 6));
    m.motion.planned_filing = Some(date(2026, 4, 20));
    let fs = findings(&m, "mdd");
    assert!(
        has_saying(
            &fs,
            "MOTION-DEADLINE",
            Severity::Blocker,
            "Serving on April 6, 2026 is late"
        ),
        "{fs:?}"
    );
}

#[test]
fn findings_quote_verbatim_rules_and_cite_cases() {
    let mut m = base();
    m.conferrals.clear();
    let r = reg();
    let report = check(&m, r.get("ksd").expect("ksd"), today());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "NO-CONFERRAL")
        .expect("no-conferral");
    let rule = f.rule.expect("rule");
    assert_eq!(rule.citation, "D. Kan. Rule 37.2");
    assert!(
        rule.text
            .as_deref()
            .is_some_and(|t| t.contains("means more than mailing or faxing a letter"))
    );
    assert!(!f.authorities.is_empty());
    assert!(!f.fix.is_empty());
}

#[test]
fn rewriting_the_opening_paragraph_is_not_boilerplate_but_a_vague_step_is() {
    let mut m = base();
    m.certificate.edits.insert(
        "intro-0".into(),
        "Counsel certify that they conferred in good faith.".into(),
    );
    assert!(!codes(&findings(&m, "ksd")).contains(&"CERT-BOILERPLATE"));
    m.certificate
        .edits
        .insert("e1".into(), "Counsel conferred in good faith.".into());
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "CERT-BOILERPLATE", Severity::Blocker), "{ks:?}");
}

#[test]
fn a_district_without_a_local_rule_is_not_said_to_have_one() {
    let mut m = base();
    m.conferrals = vec![event("e1", date(2026, 3, 9), Method::Letter, &["c1", "c2"])];
    m.certificate.form = CertificateForm::None;
    let r = reg();
    let report = check(&m, r.get("wyd").expect("D. Wyo."), today());
    for f in &report.findings {
        assert!(
            !f.message.contains("D. Wyo. requires") && !f.message.contains("D. Wyo.'s rule"),
            "{}",
            f.message
        );
    }
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code == "CERT-MISSING" && f.message.contains("The Federal Rules require"))
    );
}

// ---- Court-specific kinds, through the shipped packs ----

fn counsel(
    id: &str,
    name: &str,
    party: &str,
    role: goodfaith::matter::CounselRole,
) -> goodfaith::matter::Counsel {
    goodfaith::matter::Counsel::new(id, name, vec![party.into()], role)
}

#[test]
fn eastern_texas_needs_lead_and_local_counsel_of_both_sides() {
    use goodfaith::matter::CounselRole;
    let mut m = base();
    m.counsel
        .push(counsel("c3", "Lou Local", "p2", CounselRole::Local));
    let tx = findings(&m, "txed");
    let f = tx
        .iter()
        .find(|f| f.0 == "LEAD-LOCAL-ABSENT")
        .expect("local counsel missing");
    assert_eq!(f.1, Severity::Blocker);
    assert!(
        f.2.contains("Lou Local (local counsel for Defendant)"),
        "{}",
        f.2
    );
    m.conferrals[0].participants.push("c3".into());
    assert!(!codes(&findings(&m, "txed")).contains(&"LEAD-LOCAL-ABSENT"));
    // A meeting in person that was the court's own conference is no
    // conference between counsel, whoever attended it.
    m.conferrals[0].method = Method::InPerson;
    m.conferrals[0].place = "Chambers, Rule 16 conference".into();
    assert!(
        findings(&m, "txed")
            .iter()
            .any(|f| f.0 == "LEAD-LOCAL-ABSENT" && f.2.contains("Lou Local")),
        "{:?}",
        findings(&m, "txed")
    );
}

#[test]
fn northern_texas_confers_with_each_affected_party() {
    use goodfaith::matter::{CounselRole, Party, Side};
    let mut m = base();
    m.parties.push(Party {
        id: "p3".into(),
        name: "Beta LLC".into(),
        side: Side::Defendant,
        pro_se: false,
        contact: Default::default(),
    });
    m.counsel
        .push(counsel("c3", "Bea Counsel", "p3", CounselRole::Lead));
    let tx = findings(&m, "txnd");
    let f = tx
        .iter()
        .find(|f| f.0 == "PARTY-NOT-CONFERRED")
        .expect("Beta LLC not conferred with");
    assert_eq!(f.1, Severity::Blocker);
    assert!(f.2.contains("Defendant Beta LLC"), "{}", f.2);
    // N.D. Tex. accepts written conferral: a letter to Beta's counsel suffices.
    m.conferrals.push(event(
        "e2",
        date(2026, 3, 11),
        Method::Letter,
        &["c1", "c3"],
    ));
    assert!(!codes(&findings(&m, "txnd")).contains(&"PARTY-NOT-CONFERRED"));
}

#[test]
fn central_california_letter_first_conference_within_ten_days_in_person_if_same_county() {
    let mut m = base();
    let ca = findings(&m, "cacd");
    assert!(
        has(&ca, "NO-MEET-CONFER-LETTER", Severity::Blocker),
        "{ca:?}"
    );
    assert!(
        has(&ca, "DOCUMENT-FORM", Severity::Warning),
        "the joint stipulation is flagged: {ca:?}"
    );
    assert!(
        has(&ca, "NOT-IN-PERSON", Severity::Note),
        "asks for counsel's counties: {ca:?}"
    );

    // The letter, naming the request and the movant's position, five days before the call.
    m.conferrals
        .push(event("l1", date(2026, 3, 5), Method::Letter, &["c1", "c2"]));
    assert!(!codes(&findings(&m, "cacd")).contains(&"NO-MEET-CONFER-LETTER"));
    // Fifteen days before: the window is flagged.
    m.conferrals[1].date = date(2026, 2, 23);
    let ca = findings(&m, "cacd");
    assert!(
        ca.iter().any(|f| f.0 == "NO-MEET-CONFER-LETTER"
            && f.1 == Severity::Warning
            && f.2.contains("15 days after")),
        "{ca:?}"
    );

    // Both offices in Los Angeles County: a telephone call is not enough.
    m.counsel[0].county = "Los Angeles".into();
    m.counsel[1].county = "Los Angeles County".into();
    assert!(has(
        &findings(&m, "cacd"),
        "NOT-IN-PERSON",
        Severity::Blocker
    ));
    m.conferrals[0].method = Method::InPerson;
    assert!(!codes(&findings(&m, "cacd")).contains(&"NOT-IN-PERSON"));
    // Different counties: the telephone is allowed.
    m.conferrals[0].method = Method::Telephone;
    m.counsel[1].county = "Orange".into();
    assert!(!codes(&findings(&m, "cacd")).contains(&"NOT-IN-PERSON"));
}

#[test]
fn northern_illinois_certificate_needs_time_and_place() {
    let mut m = base();
    assert!(
        !codes(&findings(&m, "ilnd")).contains(&"PARTICULARS-MISSING"),
        "the base call has its time"
    );
    m.conferrals[0].time = None;
    let il = findings(&m, "ilnd");
    let f = il
        .iter()
        .find(|f| f.0 == "PARTICULARS-MISSING")
        .expect("time missing");
    assert_eq!(f.1, Severity::Blocker);
    assert!(f.2.contains("does not record the time"), "{}", f.2);
    m.conferrals[0].time = Some(jiff::civil::time(14, 0, 0, 0));
    m.conferrals[0].method = Method::InPerson;
    assert!(
        findings(&m, "ilnd")
            .iter()
            .any(|f| f.0 == "PARTICULARS-MISSING" && f.2.contains("where it took place"))
    );
}

#[test]
fn eastern_pennsylvania_flags_staff_only_calls() {
    let mut m = base();
    m.conferrals[0].participants = vec!["c1".into()];
    m.conferrals[0].staff = vec![StaffMember {
        name: "Pat Poe".into(),
        role: "paralegal".into(),
        works_for: "c2".into(),
    }];
    let pa = findings(&m, "paed");
    assert!(
        pa.iter()
            .any(|f| f.0 == "STAFF-ONLY" && f.2.contains("Pat Poe")),
        "{pa:?}"
    );
}

#[test]
fn northern_indiana_flags_a_stale_conference() {
    let mut m = base();
    m.items[0].response = None;
    m.conferrals[0].date = date(2025, 6, 2);
    let ind = findings(&m, "innd");
    assert!(
        ind.iter()
            .any(|f| f.0 == "STALE-CONFERRAL" && f.1 == Severity::Blocker),
        "{ind:?}"
    );
    m.conferrals[0].date = date(2026, 3, 10);
    assert!(!codes(&findings(&m, "innd")).contains(&"STALE-CONFERRAL"));
}

// ---- Regressions from the code review ----

#[test]
fn a_call_with_no_one_from_the_other_side_is_not_conferral() {
    // The app's "Add contact" starts with only your own counsel ticked.
    let mut m = base();
    m.conferrals[0].participants = vec!["c1".into()];
    for court in ["ksd", "nysd"] {
        let fs = findings(&m, court);
        assert!(
            has(&fs, "NO-CONFERRAL", Severity::Blocker),
            "{court}: {fs:?}"
        );
    }
    let text = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    assert!(!text.contains("the other side"), "nothing invented: {text}");
}

#[test]
fn an_empty_custom_statement_is_no_certificate() {
    let mut m = base();
    m.court = "mssd".into();
    m.certificate.form = CertificateForm::Custom;
    m.certificate.statement = "   ".into();
    assert!(has(
        &findings(&m, "mssd"),
        "CERT-MISSING",
        Severity::Blocker
    ));
}

#[test]
fn a_follow_up_is_chased_only_on_or_after_its_due_date() {
    let mut m = base();
    m.conferrals[0].follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 16),
        what: String::new(),
        kept: None,
    });
    // An email about something else before the promised date is not chasing it.
    m.conferrals
        .push(event("e2", date(2026, 3, 12), Method::Email, &["c1", "c2"]));
    assert!(has(
        &findings(&m, "ksd"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::Blocker
    ));
    m.conferrals[1].date = date(2026, 3, 17);
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));
}

#[test]
fn a_rewritten_step_is_flagged_when_the_log_changes_under_it() {
    let mut m = base();
    let generated = goodfaith::certificate::step_paragraph(&m, &m.conferrals[0]);
    m.certificate.edits.insert("e1".into(), "On March 10, 2026, Jane Roe spoke by telephone with John Doe for 30 minutes about Interrogatory No. 4.".into());
    m.certificate.edit_basis.insert("e1".into(), generated);
    assert!(!codes(&findings(&m, "ksd")).contains(&"CERT-BOILERPLATE"));
    m.conferrals[0].duration_minutes = Some(6);
    let ks = findings(&m, "ksd");
    assert!(
        ks.iter()
            .any(|f| f.0 == "CERT-BOILERPLATE" && f.2.contains("has changed since")),
        "{ks:?}"
    );
}

#[test]
fn a_pro_se_party_reached_only_by_letter_blocks_in_kansas_not_federally() {
    let mut m = base();
    m.counsel.truncate(1);
    m.parties[1].pro_se = true;
    m.conferrals = vec![event("e1", date(2026, 3, 9), Method::Letter, &["c1", "p2"])];
    assert!(has(
        &findings(&m, "ksd"),
        "PRO-SE-EXCLUDED",
        Severity::Blocker
    ));
    assert!(has(
        &findings(&m, "nysd"),
        "PRO-SE-EXCLUDED",
        Severity::Warning
    ));
}

#[test]
fn a_request_raised_only_in_a_two_minute_call_or_at_a_deposition_is_not_conferred_on() {
    let mut m = base();
    m.conferrals[0].duration_minutes = Some(2);
    let ks = findings(&m, "ksd");
    assert!(
        ks.iter().any(|f| f.0 == "ITEMS-NOT-CONFERRED"
            && f.1 == Severity::Blocker
            && f.2.contains("does not count as a conference")),
        "{ks:?}"
    );
    m.conferrals[0].duration_minutes = Some(30);
    m.conferrals[0].method = Method::Deposition;
    // Courts divide on a discussion at a deposition (Ross, D. Kan. 2020,
    // accepted one; Chamberlain, N.D. Ill. 2010, did not): at risk in
    // Kansas and in the baseline, naming both sides; a blocker where the
    // court's own cases reject it.
    for court in ["ksd", "federal"] {
        let fs = findings(&m, court);
        for code in ["ITEMS-NOT-CONFERRED", "WRITTEN-ONLY"] {
            let f = fs.iter().find(|f| f.0 == code).expect(code);
            assert_eq!(f.1, Severity::AtRisk, "{court} {code}: {}", f.2);
            assert!(f.2.contains("deposition"), "{court} {code}: {}", f.2);
        }
        assert!(
            !fs.iter().any(|f| f.1 == Severity::Blocker),
            "{court}: {fs:?}"
        );
    }
    let r = reg();
    let report = check(&m, r.get("ksd").expect("ksd"), today());
    let cited: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "WRITTEN-ONLY")
        .flat_map(|f| f.authorities.iter().map(|a| a.cite.as_str()))
        .collect();
    assert!(
        cited.iter().any(|c| c.starts_with("Ross v. Pentair")),
        "{cited:?}"
    );
    assert!(
        cited.iter().any(|c| c.starts_with("Chamberlain")),
        "{cited:?}"
    );
    for court in ["ilnd", "nvd"] {
        assert!(
            has(&findings(&m, court), "WRITTEN-ONLY", Severity::Blocker),
            "{court}"
        );
    }
    m.conferrals[0].method = Method::Telephone;
    assert!(!codes(&findings(&m, "ksd")).contains(&"ITEMS-NOT-CONFERRED"));
}

/// The citations of the cases the findings of `code` name.
fn cases_named(m: &Matter, court: &str, code: &str) -> Vec<String> {
    let r = reg();
    check(m, r.get(court).expect("court exists"), today())
        .findings
        .iter()
        .filter(|f| f.code == code)
        .flat_map(|f| f.authorities.iter().map(|a| a.cite.clone()))
        .collect()
}

#[test]
fn an_at_risk_finding_names_the_cases_that_divide_on_its_record_not_the_whole_list() {
    use goodfaith::matter::Reply;
    let named = |cases: &[String], name: &str| cases.iter().any(|c| c.starts_with(name));
    // A complete default, asked for once: the cases on that record, on both
    // sides, and nothing about depositions or calls on another case.
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut asked = event("a1", date(2026, 3, 3), Method::Email, &["c1", "c2"]);
    asked.reply = Some(Reply::None);
    m.conferrals = vec![asked];
    let cases = cases_named(&m, "federal", "WRITTEN-ONLY");
    for on_point in ["Robinson", "Gardner", "Kegley"] {
        assert!(named(&cases, on_point), "{on_point} missing: {cases:?}");
    }
    for off_point in ["Chamberlain", "Guerrero", "Williams", "Shuffle Master"] {
        assert!(!named(&cases, off_point), "{off_point} named: {cases:?}");
    }
    // The only discussion at a deposition: the deposition cases, both ways.
    let mut m = base();
    let mut depo = event("d1", date(2026, 3, 3), Method::Deposition, &["c1", "c2"]);
    depo.items[0].outcome = Outcome::Impasse;
    depo.items[0].opponent_position = "Stood on the objection.".into();
    m.conferrals = vec![depo];
    let cases = cases_named(&m, "federal", "WRITTEN-ONLY");
    for on_point in ["Chamberlain", "Guerrero", "Ross"] {
        assert!(named(&cases, on_point), "{on_point} missing: {cases:?}");
    }
    assert!(!named(&cases, "Robinson"), "{cases:?}");
    // ... and so does each request discussed only there.
    let cases = cases_named(&m, "federal", "ITEMS-NOT-CONFERRED");
    for on_point in ["Chamberlain", "Guerrero", "Ross"] {
        assert!(named(&cases, on_point), "{on_point} missing: {cases:?}");
    }
    assert!(!named(&cases, "Williams"), "{cases:?}");
    // Letters nobody answered in an ordinary dispute: the general cases.
    let mut m = base();
    m.conferrals = vec![event("l1", date(2026, 3, 3), Method::Letter, &["c1", "c2"])];
    let cases = cases_named(&m, "federal", "WRITTEN-ONLY");
    assert!(
        named(&cases, "Bencomo") && named(&cases, "Shuffle Master"),
        "{cases:?}"
    );
    assert!(
        !named(&cases, "Chamberlain") && !named(&cases, "Robinson"),
        "{cases:?}"
    );
    // Letters the other side answered in writing: the orders that denied
    // motions on an exchange of letters, not those on letters nobody
    // answered; each request discussed only so names them too.
    let mut m = base();
    let mut reply = event("r1", date(2026, 3, 5), Method::Letter, &["c2", "c1"]);
    reply.initiated_by = "c2".into();
    reply.items[0].movant_position = String::new();
    reply.items[0].opponent_position = "Stands on its objection.".into();
    reply.items[0].outcome = Outcome::Impasse;
    m.conferrals = vec![
        event("l1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]),
        reply,
    ];
    for code in ["WRITTEN-ONLY", "ITEMS-NOT-CONFERRED"] {
        let cases = cases_named(&m, "federal", code);
        for on_point in ["Solomon", "Portland Pipe Line", "Bryant"] {
            assert!(
                named(&cases, on_point),
                "{code}: {on_point} missing: {cases:?}"
            );
        }
        for off_point in ["Melendez", "Hoelzel", "Chamberlain"] {
            assert!(
                !named(&cases, off_point),
                "{code}: {off_point} named: {cases:?}"
            );
        }
    }
    let mut m = base();
    m.conferrals = vec![event("l1", date(2026, 3, 3), Method::Letter, &["c1", "c2"])];
    // A call about something else as well: the case on such a call too.
    let mut other = event("t1", date(2026, 3, 4), Method::Telephone, &["c1", "c2"]);
    other.items.clear();
    m.conferrals.push(other);
    let cases = cases_named(&m, "federal", "WRITTEN-ONLY");
    assert!(
        named(&cases, "Williams") && named(&cases, "Bencomo"),
        "{cases:?}"
    );
    // Unanswered letters and emails in a dispute over served responses, and
    // no call: the cases that faulted that, the court's own first.
    let mut m = base();
    m.conferrals = [
        ("u1", date(2026, 3, 2), Method::Letter),
        ("u2", date(2026, 3, 5), Method::Email),
        ("u3", date(2026, 3, 9), Method::Letter),
    ]
    .into_iter()
    .map(|(id, d, method)| {
        let mut e = event(id, d, method, &["c1", "c2"]);
        e.reply = Some(Reply::None);
        e
    })
    .collect();
    let cases = cases_named(&m, "federal", "WRITTEN-ONLY");
    assert!(
        named(&cases, "Bencomo") && !named(&cases, "Robinson"),
        "{cases:?}"
    );
    let cases = cases_named(&m, "pawd", "WRITTEN-ONLY");
    assert!(
        named(&cases, "PNC Bank") && named(&cases, "Bencomo"),
        "{cases:?}"
    );
    let cases = cases_named(&m, "wied", "WRITTEN-ONLY");
    assert!(
        cases[0].starts_with("State of Wis."),
        "the court's own first: {cases:?}"
    );
    // A complete default asked for once in M.D. La.: its own single-email
    // and hurried-call cases, and the case that went the other way.
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut asked = event("a1", date(2026, 3, 3), Method::Email, &["c1", "c2"]);
    asked.reply = Some(Reply::None);
    m.conferrals = vec![asked];
    let cases = cases_named(&m, "lamd", "WRITTEN-ONLY");
    for on_point in ["Forever Green", "Ricard", "Kegley"] {
        assert!(named(&cases, on_point), "{on_point} missing: {cases:?}");
    }
    assert!(!named(&cases, "Jacobs"), "{cases:?}");
}

/// A file written before `reply` existed says that the other side answered
/// an attempt only by recording what it said. Shoppell (N.D. Ind. 2009): a
/// letter, then a call that drew word the answers were hoped for shortly, in
/// a complete default; the motion was denied. Read as unanswered, such a
/// record stood as "attempted to confer". (Here the second request is an
/// email, so that only the answer differs between the two records.)
#[test]
fn an_old_file_records_an_answer_by_what_the_other_side_said() {
    let mut m = base();
    m.items[0].no_response = Some(true);
    let first = event("a1", date(2026, 3, 3), Method::Email, &["c1", "c2"]);
    let mut call = event("a2", date(2026, 3, 10), Method::Email, &["c1", "c2"]);
    m.conferrals = vec![first.clone(), call.clone()];
    // Nothing from the other side is recorded: two requests a week apart
    // went unanswered, and they stand.
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // Such a file records silence in the same place: that is no answer.
    call.items[0].opponent_position = "Counsel never replied to the email.".into();
    m.conferrals = vec![first.clone(), call.clone()];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // An answer that opens with the words of silence is still an answer.
    call.items[0].opponent_position =
        "No response by the deadline; counsel asked for two more weeks.".into();
    m.conferrals = vec![first.clone(), call.clone()];
    assert!(holds_back(&findings(&m, "federal")));
    // Its answer recorded, the same record no longer stands on silence.
    call.items[0].opponent_position = "Hoped to have the answers shortly.".into();
    m.conferrals = vec![first, call];
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::AtRisk), "{fed:?}");
}

/// A file written before `reply` existed could record an express refusal
/// to confer only as the other side's position (Jenkins, D. Vt. 2024: an
/// offer to meet and confer, rejected). Courts accept a refusal in place of a
/// conference; a refusal of something else is a position on the merits.
#[test]
fn an_old_file_records_a_refusal_to_confer_in_words() {
    let mut m = base();
    let mut offer = event("a1", date(2026, 3, 10), Method::Email, &["c1", "c2"]);
    offer.items[0].movant_position = "Offered to meet and confer this week.".into();
    let mut answer = event("a2", date(2026, 3, 11), Method::Email, &["c2", "c1"]);
    answer.initiated_by = "c2".into();
    answer.items[0].movant_position.clear();
    answer.items[0].outcome = Outcome::Impasse;
    answer.items[0].opponent_position = "Opposing counsel refused to meet and confer.".into();
    m.conferrals = vec![offer.clone(), answer.clone()];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::Note,
            "read from the words of its position"
        ),
        "{fed:?}"
    );
    // Withdrawn: the other side then offered to talk, and the movant filed.
    let mut later = answer.clone();
    later.id = "a3".into();
    later.date = date(2026, 3, 13);
    later.items[0].opponent_position = "Available to meet and confer next week.".into();
    m.conferrals = vec![offer.clone(), answer.clone(), later.clone()];
    assert!(holds_back(&findings(&m, "federal")));
    // Not withdrawn by the other side's bare restatement of it, as the
    // recorded field is not: in White (W.D. Wash. 2020) "OK. File Motion to
    // Compel." was the refusal's last word, and the court accepted it.
    let mut restated = later;
    restated.items[0].opponent_position = "OK. File Motion to Compel.".into();
    m.conferrals = vec![offer.clone(), answer.clone(), restated];
    assert!(!holds_back(&findings(&m, "federal")));
    // Withdrawn too when a later attempt of the movant's records an answer.
    let mut chase = offer.clone();
    chase.id = "a4".into();
    chase.date = date(2026, 3, 13);
    chase.items[0].opponent_position = "Agreed to talk on Thursday.".into();
    m.conferrals = vec![offer.clone(), answer.clone(), chase];
    assert!(holds_back(&findings(&m, "federal")));
    // Refusing one means, for now, or in part is not refusing to confer; nor
    // is refusing to produce.
    for words in [
        "Would not meet in person.",
        "Declined to confer at this time.",
        "Would not discuss all the requests.",
        "Refused to produce the documents.",
    ] {
        answer.items[0].opponent_position = words.into();
        m.conferrals = vec![offer.clone(), answer.clone()];
        assert!(holds_back(&findings(&m, "federal")), "{words}");
    }
}

#[test]
fn an_answered_request_in_a_complete_default_asks_for_the_promise_that_was_broken() {
    use goodfaith::matter::{FollowUp, Reply};
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut first = event("a1", date(2026, 3, 3), Method::Email, &["c1", "c2"]);
    first.reply = Some(Reply::None);
    let mut second = event("a2", date(2026, 3, 10), Method::Email, &["c1", "c2"]);
    // "Despite assurances to the contrary" (Larson, D.S.D. 2017): an answer
    // came, and still nothing was served.
    second.reply = Some(Reply::Answered);
    m.conferrals = vec![first, second.clone()];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "record that promise as not kept"
        ),
        "{fed:?}"
    );
    // Recorded as the promise it was, broken before the motion: the
    // attempts stand (May, N.D. Fla. 2008; Stringfellow, W.D. La. 2017).
    second.follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 16),
        what: "the overdue answer".into(),
        kept: Some(false),
    });
    m.conferrals[1] = second;
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(
        !fed.iter().any(|f| f.2.contains("record that promise")),
        "{fed:?}"
    );
}

/// The broken promise told in words, and chased: the other side answered
/// an ask for overdue answers with an assurance, served nothing, and the
/// movant asked again and was ignored (Larson v. Western Showcase, D.S.D.
/// 2017: three inquiries, "despite assurances to the contrary", granted).
#[test]
fn an_assurance_in_a_complete_default_broken_and_chased_stands_as_an_attempt() {
    use goodfaith::matter::Reply;
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut asked = event("a1", date(2026, 3, 3), Method::Email, &["c1", "c2"]);
    asked.reply = Some(Reply::Answered);
    asked.items[0].opponent_position = "Assured us the answers were forthcoming.".into();
    let mut chase = event("a2", date(2026, 3, 10), Method::Email, &["c1", "c2"]);
    chase.reply = Some(Reply::None);
    m.conferrals = vec![asked.clone(), chase.clone()];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(
        fed.iter().any(|f| f.0 == "WRITTEN-ONLY"
            && f.2.contains("it promised them (its answer recorded on the contact of March 3, 2026), did not keep that promise")),
        "{fed:?}"
    );
    // Not chased: the assurance is the other side's last word, and one ask.
    m.conferrals = vec![asked.clone()];
    assert!(holds_back(&findings(&m, "federal")));
    // Chased the day before the motion: no fair time to answer the chase.
    let mut late = chase.clone();
    late.date = date(2026, 3, 19);
    m.conferrals = vec![asked.clone(), late];
    assert!(holds_back(&findings(&m, "federal")));
    // An answer that promises nothing is no broken promise.
    let mut plain = asked.clone();
    plain.items[0].opponent_position = "Acknowledged the email.".into();
    m.conferrals = vec![plain, chase.clone()];
    assert!(holds_back(&findings(&m, "federal")));
    // A promise made before anything was asked set when the answers were
    // owed; its breach is the default itself (Teton Homes, N.D. Ind. 2010).
    let mut unasked = event("o1", date(2026, 3, 2), Method::Email, &["c2", "c1"]);
    unasked.initiated_by = "c2".into();
    unasked.items[0].movant_position = String::new();
    unasked.items[0].opponent_position = "Will serve the answers by March 6.".into();
    m.conferrals = vec![unasked, chase.clone()];
    assert!(holds_back(&findings(&m, "federal")));
    // Nor one given when asked on the day the answers were due (March 2):
    // an extension agreed on (an adversarial review, 148, of Teton Homes).
    let mut extension = asked;
    extension.date = date(2026, 3, 2);
    extension.items[0].opponent_position = "Agreed to provide the answers by March 6.".into();
    m.conferrals = vec![extension, chase];
    assert!(holds_back(&findings(&m, "federal")));
}

/// In a complete default, a conference, then the other side's written promise
/// of the overdue answers by a day, broken: its last word, not a thread the
/// movant had to chase or confer on again (Wright v. Capital Area Transit,
/// M.D. La. 2021: responses promised by November 15, motion on November 16,
/// fees awarded; split.md).
#[test]
fn a_broken_promise_after_a_conference_in_a_complete_default_is_no_thread() {
    use goodfaith::matter::FollowUp;
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut call = event("t1", date(2026, 3, 4), Method::Telephone, &["c1", "c2"]);
    call.time = Some(jiff::civil::time(10, 0, 0, 0));
    call.duration_minutes = Some(20);
    call.items[0].outcome = Outcome::FollowUp;
    call.items[0].opponent_position = "Would ask the client for a date.".into();
    let mut promise = event("p1", date(2026, 3, 6), Method::Email, &["c2", "c1"]);
    promise.initiated_by = "c2".into();
    promise.items[0].movant_position = String::new();
    promise.items[0].outcome = Outcome::FollowUp;
    promise.items[0].opponent_position = "Will serve the answers by March 18.".into();
    promise.follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 18),
        what: "the overdue answers".into(),
        kept: None,
    });
    m.conferrals = vec![call, promise.clone()];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // Still owed on the day of the motion: the movant did not wait.
    promise.follow_up.as_mut().expect("promise").due = date(2026, 3, 25);
    m.conferrals[1] = promise;
    let fed = findings(&m, "federal");
    assert!(
        has(&fed, "FOLLOW-UP-NOT-CHASED", Severity::Blocker),
        "{fed:?}"
    );
}

/// The other side's letter dated the day of the motion cannot have reached
/// the movant first, whatever it promised: Arco's, "preparing the materials
/// necessary to comply", crossed Aerwey's motion in the mail, and the court
/// awarded the expenses of the motion (Aerwey Labs. v. Arco Polymers, N.D.
/// Ill. 1981). An email that day may have been read before filing: its
/// promise still answers the attempts.
#[test]
fn a_letter_that_crossed_the_motion_does_not_answer_the_attempts() {
    use goodfaith::matter::Reply;
    for recorded in [true, false] {
        let mut m = base();
        let mut tries = vec![
            event("l1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]),
            event("v1", date(2026, 3, 5), Method::Voicemail, &["c1", "c2"]),
            event("l2", date(2026, 3, 10), Method::Letter, &["c1", "c2"]),
        ];
        for t in &mut tries {
            // A file written before `reply` existed leaves it out.
            t.reply = recorded.then_some(Reply::None);
        }
        let mut crossing = event("x1", date(2026, 3, 20), Method::Letter, &["c2", "c1"]);
        crossing.initiated_by = "c2".into();
        crossing.items[0].movant_position = String::new();
        crossing.items[0].opponent_position = "Will produce the documents by March 27.".into();
        m.conferrals = tries.clone();
        m.conferrals.push(crossing.clone());
        let fed = findings(&m, "federal");
        assert!(
            !has(&fed, "WRITTEN-ONLY", Severity::AtRisk)
                && !has(&fed, "WRITTEN-ONLY", Severity::Blocker),
            "reply recorded: {recorded}: {fed:?}"
        );
        crossing.method = Method::Email;
        m.conferrals = tries;
        m.conferrals.push(crossing);
        let fed = findings(&m, "federal");
        assert!(holds_back(&fed), "reply recorded: {recorded}: {fed:?}");
    }
}

/// A promise written only in the words of a position, with the outcome left
/// at "raised" or called an impasse, is still a promise the movant had to
/// wait for and chase: Kosjer (D. Kan. 2018) denied a motion filed three
/// days after the day defense counsel said he would answer in writing, with
/// no contact since. The movant's own promise reads the same way (Becker,
/// E.D. Cal. 2013: motions filed "in the middle of the meet and confer
/// process" after the movant agreed to revise his interrogatories).
#[test]
fn a_promise_said_only_in_words_must_still_be_chased() {
    let mut m = base();
    let mut call = event("c1", date(2026, 3, 2), Method::Telephone, &["c1", "c2"]);
    call.time = Some(jiff::civil::time(10, 0, 0, 0));
    call.duration_minutes = Some(20);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "Would respond in writing by March 13.".into();
    m.conferrals = vec![call.clone()];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "FOLLOW-UP-NOT-CHASED",
            Severity::AtRisk,
            "reads as a promise to get back (\"Would respond in writing by March 13.\")"
        ),
        "{fed:?}"
    );
    assert!(has(
        &findings(&m, "ksd"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::Blocker
    ));
    // Chased: the movant wrote again about the request once the day came.
    let mut chase = event("e2", date(2026, 3, 16), Method::Email, &["c1", "c2"]);
    chase.items[0].movant_position = "Asked for the written answer promised for March 13.".into();
    m.conferrals = vec![call.clone(), chase];
    assert!(
        !findings(&m, "federal")
            .iter()
            .any(|f| f.0 == "FOLLOW-UP-NOT-CHASED")
    );
    // A refusal or a limit is a position, not a promise.
    for words in [
        "Would not respond further.",
        "Will produce the 2025 records only.",
        "Stands on its objections.",
    ] {
        call.items[0].opponent_position = words.into();
        m.conferrals = vec![call.clone()];
        assert!(
            !findings(&m, "federal")
                .iter()
                .any(|f| f.0 == "FOLLOW-UP-NOT-CHASED"),
            "{words}"
        );
    }
    // On a narrowed request too (United Park City Mines, D. Utah 2019: "would
    // produce the documents the following week", the motion the next
    // business day), unless the narrowing is stated as a limit.
    call.items[0].outcome = Outcome::Narrowed;
    call.items[0].opponent_position = "Intends to produce the documents the following week.".into();
    m.conferrals = vec![call.clone()];
    assert!(has(
        &findings(&m, "federal"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::AtRisk
    ));
    call.items[0].opponent_position = "Will produce the 2025 records only.".into();
    m.conferrals = vec![call.clone()];
    assert!(
        !findings(&m, "federal")
            .iter()
            .any(|f| f.0 == "FOLLOW-UP-NOT-CHASED")
    );
    // The movant's own promise, on a request it narrowed.
    call.items[0].opponent_position.clear();
    call.items[0].outcome = Outcome::Narrowed;
    call.items[0].movant_position = "Agreed during the call to revise the interrogatory.".into();
    m.conferrals = vec![call];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "FOLLOW-UP-NOT-CHASED",
            Severity::AtRisk,
            "the movant's own position"
        ),
        "{fed:?}"
    );
}

/// Moffett v. Keolis Transit America (D. Nev. 2020): one call in which the
/// movant asked and the other side refused, with nothing more recorded, is at
/// risk wherever it is filed, naming Moffett; a reason, a proposal or a
/// summary that tells the discussion makes it an ordinary conference.
#[test]
fn a_demand_refused_with_nothing_more_is_at_risk() {
    let mut m = base();
    let mut call = event("c1", date(2026, 3, 2), Method::Telephone, &["c1", "c2"]);
    call.time = Some(jiff::civil::time(10, 0, 0, 0));
    call.duration_minutes = Some(15);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].movant_position = "Asked defense counsel to answer Interrogatory No. 4.".into();
    call.items[0].opponent_position = "Refused to answer it.".into();
    call.summary = "Call about Interrogatory No. 4.".into();
    m.conferrals = vec![call.clone()];
    for court in ["federal", "nvd", "ksd"] {
        let registry = reg();
        let report = check(&m, registry.get(court).expect("court"), today());
        let f = report
            .findings
            .iter()
            .find(|f| f.code == "DEMAND-ONLY")
            .unwrap_or_else(|| panic!("{court}: a bare refusal is flagged"));
        assert_eq!(f.severity, Severity::AtRisk, "{court}");
        assert!(
            f.message.contains("only a demand and a refusal"),
            "{}",
            f.message
        );
        assert!(
            f.authorities.iter().any(|a| a.id == "moffett"),
            "{court}: names Moffett"
        );
        assert!(!report.ready(), "{court}");
    }
    // More was said: a reason, a proposal, a discussion told.
    for (mine, theirs, summary) in [
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Refused to answer it because it seeks privileged advice.",
            "Call about Interrogatory No. 4.",
        ),
        (
            "Asked defense counsel to answer Interrogatory No. 4 and offered to limit it to 2020.",
            "Refused to answer it.",
            "Call about Interrogatory No. 4.",
        ),
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Refused to answer it.",
            "We discussed the privilege objection for fifteen minutes.",
        ),
    ] {
        call.items[0].movant_position = mine.into();
        call.items[0].opponent_position = theirs.into();
        call.summary = summary.into();
        m.conferrals = vec![call.clone()];
        assert!(
            !findings(&m, "federal").iter().any(|f| f.0 == "DEMAND-ONLY"),
            "{mine} / {theirs} / {summary}"
        );
    }
    // A refusal told as the thing going on, as two sentences, or both
    // halves in the movant's own entry (an adversarial review of Moffett).
    call.summary = "Call about the noticed deposition.".into();
    for (mine, theirs) in [
        (
            "Asked Plaintiff to vacate the deposition.",
            "Wants the deposition to go forward as noticed.",
        ),
        (
            "Asked Plaintiff to vacate the deposition.",
            "Deposition stays on calendar.",
        ),
        (
            "Asked Plaintiff to vacate the deposition.",
            "Refused to vacate the deposition; the deposition will proceed as noticed.",
        ),
        (
            "Asked Plaintiff to vacate the deposition. Plaintiff refused.",
            "",
        ),
    ] {
        call.items[0].movant_position = mine.into();
        call.items[0].opponent_position = theirs.into();
        m.conferrals = vec![call.clone()];
        let registry = reg();
        let report = check(&m, registry.get("nvd").expect("court"), today());
        assert!(
            report.findings.iter().any(|f| f.code == "DEMAND-ONLY"),
            "{mine} / {theirs}"
        );
        assert!(!report.ready(), "{mine} / {theirs}");
    }
    // A refusal in any words, or told only in the summary, is read; a reason
    // the summary gives is more (adversarial and over-strictness reviews
    // 99 and 100: Moffett; Golat v. Wisconsin State Court System, W.D. Wis.
    // 2024).
    for (mine, theirs, summary, held) in [
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Request denied.",
            "Call.",
            true,
        ),
        (
            "Req'd Def. to answer Interrog. 4.",
            "Def: no.",
            "M&C call.",
            true,
        ),
        (
            "",
            "",
            "Pltf asked Def to answer Interrogatory No. 4; Def refused.",
            true,
        ),
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Refused.",
            "Refused because the answer would reveal privileged advice.",
            false,
        ),
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Not willing to answer it before the 2024 records are collected.",
            "Call.",
            false,
        ),
        // Review 101: emphasis, other words for no; review 102: a side's
        // ground told in the summary in words of its own.
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Flatly refused.",
            "Call.",
            true,
        ),
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Wouldn't budge.",
            "Call.",
            true,
        ),
        (
            "Asked defense counsel to answer Interrogatory No. 4.",
            "Refused.",
            "Defendant says the answer would expose its pricing model.",
            false,
        ),
    ] {
        call.items[0].movant_position = mine.into();
        call.items[0].opponent_position = theirs.into();
        call.summary = summary.into();
        m.conferrals = vec![call.clone()];
        assert_eq!(
            findings(&m, "federal").iter().any(|f| f.0 == "DEMAND-ONLY"),
            held,
            "{mine} / {theirs} / {summary}"
        );
    }
    // The demand and the refusal in two entries of the same call.
    let mut split = call.clone();
    split.items[0].movant_position = "Asked defense counsel to answer Interrogatory No. 4.".into();
    split.items[0].opponent_position.clear();
    let mut no = split.items[0].clone();
    no.movant_position.clear();
    no.opponent_position = "Def: no.".into();
    split.items.push(no);
    split.summary = "Single call between counsel.".into();
    m.conferrals = vec![split];
    assert!(findings(&m, "federal").iter().any(|f| f.0 == "DEMAND-ONLY"));
    call.summary = "Call about the noticed deposition.".into();
    // Going on after a demand to produce is agreement, not refusal.
    call.items[0].movant_position = "Asked Plaintiff to produce the documents.".into();
    call.items[0].opponent_position = "Production will proceed.".into();
    m.conferrals = vec![call.clone()];
    assert!(!findings(&m, "nvd").iter().any(|f| f.0 == "DEMAND-ONLY"));
}

/// "Would take our proposal to his client", "took it under advisement": an
/// answer still to come, which the movant must wait for or chase, as a
/// promise to respond (Kosjer, D. Kan. 2018); once it came, or was
/// chased, nothing is pending.
#[test]
fn an_answer_left_with_the_client_must_be_waited_for() {
    let mut m = base();
    let mut call = event("c1", date(2026, 3, 2), Method::Telephone, &["c1", "c2"]);
    call.time = Some(jiff::civil::time(10, 0, 0, 0));
    call.duration_minutes = Some(20);
    call.items[0].outcome = Outcome::Impasse;
    for words in [
        "Maintained the objections; said he would take our proposal to his client.",
        "Took our proposal under advisement.",
        "Said he would think further about a compromise and get back to us.",
    ] {
        call.items[0].opponent_position = words.into();
        m.conferrals = vec![call.clone()];
        assert!(
            has(
                &findings(&m, "ksd"),
                "FOLLOW-UP-NOT-CHASED",
                Severity::Blocker
            ),
            "{words}"
        );
        assert!(
            !check(&m, reg().get("ksd").expect("court"), today()).ready(),
            "{words}"
        );
    }
    // The answer came: no thread.
    for words in [
        "Took our proposal to his client, who rejected it.",
        "Would discuss it with his client but would not agree to produce the file.",
        "Would not take the proposal to his client.",
    ] {
        call.items[0].opponent_position = words.into();
        m.conferrals = vec![call.clone()];
        assert!(
            !codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"),
            "{words}"
        );
    }
    // The movant told to expect the answer, in its own note or the
    // summary (an adversarial review, 95, of Kosjer).
    call.items[0].opponent_position = "Maintained the objections.".into();
    for (mine, summary) in [
        (
            "Discussed Interrogatory No. 4; was told to expect his written response by March 13.",
            "",
        ),
        (
            "Discussed Interrogatory No. 4.",
            "We were told a written response would come by March 13. Nothing came; no further contact.",
        ),
    ] {
        call.items[0].movant_position = mine.into();
        call.summary = summary.into();
        m.conferrals = vec![call.clone()];
        assert!(
            has(
                &findings(&m, "ksd"),
                "FOLLOW-UP-NOT-CHASED",
                Severity::Blocker
            ),
            "{mine} / {summary}"
        );
    }
    call.items[0].movant_position =
        "Discussed Interrogatory No. 4; was told to expect his written response by March 13."
            .into();
    call.summary.clear();
    m.conferrals = vec![call.clone()];
    assert!(has_saying(
        &findings(&m, "ksd"),
        "FOLLOW-UP-NOT-CHASED",
        Severity::Blocker,
        "says it was told to expect the other side's answer"
    ));
    call.items[0].movant_position = "Demanded a full answer.".into();
    // Chased: the movant called again before filing.
    call.items[0].opponent_position =
        "Maintained the objections; said he would take our proposal to his client.".into();
    let mut chase = event("e2", date(2026, 3, 12), Method::Telephone, &["c1", "c2"]);
    chase.duration_minutes = Some(10);
    chase.items[0].outcome = Outcome::Impasse;
    chase.items[0].opponent_position = "The client will not produce the file.".into();
    m.conferrals = vec![call, chase];
    assert!(!codes(&findings(&m, "ksd")).contains(&"FOLLOW-UP-NOT-CHASED"));
}

/// N.D. Ind. L.R. 37-1(a) asks the certification for "the date, time, and
/// place of any conference or attempted conference": in a complete default
/// a letter and an untimed follow-up call (Shoppell, N.D. Ind. 2009, denied)
/// are not enough there, though elsewhere an untimed voicemail is a warning.
#[test]
fn where_the_rule_names_attempted_conferences_their_time_is_required() {
    let mut m = base();
    m.items[0].no_response = Some(true);
    let letter = unanswered("a1", date(2026, 3, 2), Method::Letter);
    let mut message = unanswered("a2", date(2026, 3, 10), Method::Voicemail);
    m.conferrals = vec![letter.clone(), message.clone()];
    let innd = findings(&m, "innd");
    assert!(
        has_saying(
            &innd,
            "PARTICULARS-MISSING",
            Severity::Blocker,
            "for each conference or attempted conference"
        ),
        "{innd:?}"
    );
    assert!(!holds_back(&findings(&m, "federal")));
    message.time = Some(jiff::civil::time(9, 30, 0, 0));
    m.conferrals = vec![letter.clone(), message.clone()];
    let innd = findings(&m, "innd");
    assert!(
        !innd.iter().any(|f| f.0 == "PARTICULARS-MISSING"),
        "{innd:?}"
    );
    // Two asks are not enough there (Shoppell: a letter and a call that
    // reached only the law office): at risk, until a third.
    assert!(
        has_saying(
            &innd,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "fewer times than this court's own orders have found enough"
        ),
        "{innd:?}"
    );
    let mut third = unanswered("a3", date(2026, 3, 16), Method::Email);
    third.time = Some(jiff::civil::time(9, 0, 0, 0));
    m.conferrals = vec![letter, message, third];
    let innd = findings(&m, "innd");
    assert!(!holds_back(&innd), "{innd:?}");
}

/// In a complete default, asks the other side answered, or that its own
/// later message took up, were not ignored: only those since it last
/// engaged count toward the two unanswered requests. Orr (N.D. Ala. 2014)
/// faulted a movant who, after the other side wrote back willing to talk,
/// sent one more email and filed.
#[test]
fn asks_the_other_side_wrote_back_on_are_not_unanswered_in_a_default() {
    use goodfaith::matter::Reply;
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut first = unanswered("a1", date(2026, 3, 2), Method::Email);
    let second = unanswered("a2", date(2026, 3, 9), Method::Email);
    m.conferrals = vec![first.clone(), second.clone()];
    let fed = findings(&m, "federal");
    assert!(
        !holds_back(&fed),
        "two unanswered asks a week apart: {fed:?}"
    );
    // The other side wrote back between them, willing to talk.
    let mut offer = from_them(
        "o1",
        date(2026, 3, 4),
        Method::Email,
        "Willing to discuss the requests by telephone.",
    );
    offer.offer_to_confer = true;
    m.conferrals = vec![first.clone(), offer, second.clone()];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "Only the requests made since the other side last engaged (the email of March 4, 2026) count"
        ),
        "{fed:?}"
    );
    // So too when the first ask was answered, whatever the answer said.
    first.reply = Some(Reply::Answered);
    m.conferrals = vec![first, second];
    let fed = findings(&m, "federal");
    assert!(has(&fed, "WRITTEN-ONLY", Severity::AtRisk), "{fed:?}");
}

#[test]
fn a_record_made_only_of_next_day_ultimatums_is_at_risk_however_long_the_movant_waited() {
    use goodfaith::matter::Reply;
    let demand = |id: &str, d: Date, by: Date, method: Method| {
        let mut e = event(id, d, method, &["c1", "c2"]);
        e.respond_by = Some(by);
        e.reply = Some(Reply::None);
        e
    };
    // Served objections in dispute; an email and a voicemail each demanding
    // an answer the next day, another email the same, the motion days later.
    let mut m = base();
    m.conferrals = vec![
        demand("u1", date(2026, 3, 2), date(2026, 3, 3), Method::Email),
        demand("u2", date(2026, 3, 2), date(2026, 3, 3), Method::Voicemail),
        demand("u3", date(2026, 3, 9), date(2026, 3, 10), Method::Email),
    ];
    for court in ["federal", "cod", "ctd"] {
        let fs = findings(&m, court);
        assert!(holds_back(&fs), "{court}: {fs:?}");
        assert!(
            !has(&fs, "RUSHED-ATTEMPT", Severity::Blocker),
            "{court}: {fs:?}"
        );
    }
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "string of ultimatums"
        ),
        "{fed:?}"
    );
    let cases = cases_named(&m, "federal", "WRITTEN-ONLY");
    assert!(
        cases.iter().any(|c| c.starts_with("Saliga")),
        "the finding names the cases on ultimatums: {cases:?}"
    );
    // In a complete default too.
    m.items[0].no_response = Some(true);
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::AtRisk,
            "string of ultimatums"
        ),
        "{fed:?}"
    );
    // One of them gave a week: that was an invitation, and the record of a
    // complete default asked for twice, a week apart, stands.
    m.conferrals = vec![
        demand("u1", date(2026, 3, 2), date(2026, 3, 9), Method::Letter),
        demand("u3", date(2026, 3, 10), date(2026, 3, 11), Method::Letter),
    ];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
}

/// A file written before `no_response` existed could say a request went
/// unanswered only in words: those words are read, plainly meant, and the
/// finding says it read them.
#[test]
fn a_complete_default_described_in_words_is_read_as_one() {
    let mut m = base();
    m.items[0].objection = "No responses served".into();
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 3), Method::Email),
        unanswered("a2", date(2026, 3, 10), Method::Letter),
    ];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::Note,
            "read from the words of the objection"
        ),
        "{fed:?}"
    );
    // Recorded as answered, the words do not count: letters alone in a
    // dispute over served responses are at risk.
    m.items[0].no_response = Some(false);
    assert!(holds_back(&findings(&m, "federal")));
    // Words that show something came (objections mailed) are not read as a default.
    m.items[0].no_response = None;
    m.items[0].objection =
        "Objections mailed when responses were due; no responses received since".into();
    assert!(holds_back(&findings(&m, "federal")));
    // Nor silence about something else.
    m.items[0].objection = "Answers are vague; no response to our follow-up.".into();
    assert!(holds_back(&findings(&m, "federal")));
    // On a motion for a protective order, "no response" is not a default.
    m.items[0].objection = "No response".into();
    assert!(!holds_back(&findings(&m, "federal")));
    m.motion.kind = MotionKind::ProtectiveOrder;
    assert!(holds_back(&findings(&m, "federal")));
}

/// In a complete default, a promise of the overdue responses that fell due
/// before filing, with nothing served and nothing heard after it, is read as
/// broken even when the file does not say whether it was kept (Glass v.
/// Neb. DHHS, D. Neb. 2008).
#[test]
fn a_lapsed_promise_in_a_complete_default_is_read_as_broken() {
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut answer = event("e2", date(2026, 3, 5), Method::Email, &["c2", "c1"]);
    answer.initiated_by = "c2".into();
    answer.items[0].outcome = Outcome::FollowUp;
    answer.follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 10),
        what: "the overdue responses".into(),
        kept: None,
    });
    m.conferrals = vec![unanswered("a1", date(2026, 3, 2), Method::Letter), answer];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    assert!(
        has_saying(&fed, "WRITTEN-ONLY", Severity::Note, "is read as broken"),
        "{fed:?}"
    );
    // Something from the other side after the promised day: it is no longer
    // read as broken, and the lapsed promise is a thread to chase.
    let mut later = event("e9", date(2026, 3, 12), Method::Email, &["c2", "c1"]);
    later.initiated_by = "c2".into();
    m.conferrals.push(later);
    assert!(holds_back(&findings(&m, "federal")));
    // So is an answer recorded on the movant's own letter, even on the day
    // the promise fell due.
    m.conferrals.pop();
    let mut asked = unanswered("a2", date(2026, 3, 10), Method::Letter);
    asked.reply = Some(goodfaith::matter::Reply::Answered);
    m.conferrals.push(asked);
    let fed = findings(&m, "federal");
    assert!(
        !fed.iter().any(|f| f.2.contains("is read as broken")),
        "{fed:?}"
    );
    assert!(holds_back(&fed), "{fed:?}");
}

/// D. Ariz. went both ways on unanswered attempts: Stokes (2003) held
/// ignored letters and a telephone request a good-faith effort; Reishus
/// (2011) reads LRCiv 7.2(j) as asking for a conversation. At risk, naming
/// both sides; never Ready, and never a blocker when the attempts stand.
#[test]
fn in_arizona_unanswered_attempts_are_at_risk_naming_stokes() {
    let mut m = base();
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 2), Method::Letter),
        unanswered("a2", date(2026, 3, 5), Method::Voicemail),
        unanswered("a3", date(2026, 3, 9), Method::Email),
    ];
    assert!(!holds_back(&findings(&m, "federal")));
    let az = findings(&m, "azd");
    assert!(has(&az, "WRITTEN-ONLY", Severity::AtRisk), "{az:?}");
    assert!(!has(&az, "WRITTEN-ONLY", Severity::Blocker), "{az:?}");
    let cases = cases_named(&m, "azd", "WRITTEN-ONLY");
    assert!(
        cases.iter().any(|c| c.starts_with("Stokes"))
            && cases.iter().any(|c| c.starts_with("Reishus")),
        "{cases:?}"
    );
}

/// N.D. Ill. L.R. 37.2: where consultation failed, the statement must
/// "recite the efforts made", not their clock times: an untimed voicemail is
/// asked about (a warning), never a blocker. A contact by other means with
/// the other side taking part may be the conference the certificate claims,
/// and its time stays required (Rustom, N.D. Ill. 2018).
#[test]
fn northern_illinois_asks_the_time_of_a_voicemail_but_requires_it_of_a_claimed_conference() {
    let mut m = base();
    let mut untimed = unanswered("a2", date(2026, 3, 5), Method::Voicemail);
    untimed.time = None;
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 2), Method::Letter),
        untimed,
        unanswered("a3", date(2026, 3, 9), Method::Email),
    ];
    let il = findings(&m, "ilnd");
    assert!(has(&il, "PARTICULARS-MISSING", Severity::Warning), "{il:?}");
    assert!(!holds_back(&il), "{il:?}");
    m.conferrals[1].method = Method::Other;
    let il = findings(&m, "ilnd");
    assert!(has(&il, "PARTICULARS-MISSING", Severity::Blocker), "{il:?}");
}

/// A contact that lists none of the motion's requests (an email about other
/// discovery, a call about another case) is no attempt to confer on this
/// motion: it neither adds to the attempts, nor starts the clock, nor
/// freshens an old conference, nor chases a promise (a review found each).
/// A call that only moved the conference is no conference on the requests
/// (Jacobs v. Wells, M.D. La. 2017: counsel were sent to hold the Rule 37
/// conference they had only rescheduled).
#[test]
fn a_call_that_only_moved_the_conference_is_no_conference() {
    let mut m = base();
    let mut call = event("c1", date(2026, 3, 12), Method::Telephone, &["c1", "c2"]);
    call.summary = "Called OC: family emergency; conference moved to 3/19.".into();
    call.items[0].movant_position.clear();
    call.items[0].opponent_position = "Agreed to move the conference to March 19.".into();
    m.conferrals = vec![call.clone()];
    let lamd = findings(&m, "lamd");
    assert!(
        has_saying(
            &lamd,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "discussed none of the motion's requests"
        ),
        "{lamd:?}"
    );
    // The same call that also took the request up is a conference on it.
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position =
        "Agreed to move the conference to March 19; stands on its objection to the interrogatory because it is overbroad.".into();
    m.conferrals = vec![call];
    let lamd = findings(&m, "lamd");
    assert!(
        !lamd.iter().any(|(c, _, _)| c == "WRITTEN-ONLY"),
        "{lamd:?}"
    );
}

#[test]
fn a_contact_about_other_discovery_counts_for_nothing_on_this_motion() {
    let mut m = base();
    let mut other = event("o1", date(2026, 3, 2), Method::Email, &["c1", "c2"]);
    other.items.clear();
    other.summary = "About the deposition schedule.".into();
    // Two attempts a day apart before filing, and an unrelated email a week
    // earlier: still two hurried attempts, not three over two weeks.
    let tries = vec![
        unanswered("a1", date(2026, 3, 18), Method::Email),
        unanswered("a2", date(2026, 3, 19), Method::Voicemail),
    ];
    m.conferrals = [vec![other.clone()], tries].concat();
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    assert!(has(&fed, "RUSHED-ATTEMPT", Severity::Blocker), "{fed:?}");
    // ... and the finding says why the email was not counted.
    assert!(
        fed.iter().any(|(c, _, m)| c == "WRITTEN-ONLY"
            && m.contains("The email of March 2, 2026 lists none of the motion's requests")),
        "{fed:?}"
    );
    // So is a message left a week earlier that lists no request: it counts
    // only once the motion's requests have been raised.
    let mut message = other.clone();
    message.method = Method::Voicemail;
    m.conferrals[0] = message;
    let fed = findings(&m, "federal");
    assert!(has(&fed, "RUSHED-ATTEMPT", Severity::Blocker), "{fed:?}");
    // A first call on the motion the day before filing is last-minute, a
    // call about another case weeks before notwithstanding (Fears, D. Kan.).
    let mut call = event("c1", date(2026, 3, 20), Method::Telephone, &["c1", "c2"]);
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "Objection stands.".into();
    let mut old_call = other.clone();
    old_call.method = Method::Telephone;
    m.conferrals = vec![old_call.clone(), call.clone()];
    let ks = findings(&m, "ksd");
    assert!(has(&ks, "LAST-MINUTE", Severity::Blocker), "{ks:?}");
    // A conference on the motion over a year old is not freshened by a
    // recent call about other discovery (American Motorists, N.D. Ind.).
    call.date = date(2024, 12, 1);
    old_call.date = date(2026, 2, 20);
    m.conferrals = vec![call, old_call];
    let innd = findings(&m, "innd");
    assert!(
        has_saying(
            &innd,
            "STALE-CONFERRAL",
            Severity::Blocker,
            "December 1, 2024"
        ),
        "{innd:?}"
    );
}

/// Attempts to confer over a year old, with nothing since, are no fresher
/// than a conference that old.
#[test]
fn attempts_long_before_filing_are_stale_too() {
    let mut m = base();
    m.conferrals = vec![
        unanswered("a1", date(2024, 9, 2), Method::Letter),
        unanswered("a2", date(2024, 9, 9), Method::Voicemail),
        unanswered("a3", date(2024, 9, 16), Method::Email),
    ];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "STALE-CONFERRAL",
            Severity::AtRisk,
            "The last attempt to confer was on September 16, 2024"
        ),
        "{fed:?}"
    );
    // A conference a year and more before the motion is not made fresh by
    // one letter the week before (American Motorists, N.D. Ind. 2005).
    let mut m = base();
    m.conferrals[0].date = date(2025, 2, 10);
    m.items[0].response = Some(date(2025, 2, 2));
    m.conferrals
        .push(unanswered("a1", date(2026, 3, 12), Method::Letter));
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "STALE-CONFERRAL",
            Severity::AtRisk,
            "The last conference was on February 10, 2025"
        ),
        "{fed:?}"
    );
}

/// A promise recorded only as the outcome "follow-up promised", with no
/// promise (who, what, by when) and nothing after it, cannot show that the
/// movant waited for it; and a promise by someone who was not on the
/// contact (the office, with counsel never reached) does not end a
/// complete default as a broken promise of counsel's (Shoppell, N.D. Ind.).
#[test]
fn a_promise_the_record_cannot_date_or_that_counsel_never_made_does_not_pass() {
    let mut m = base();
    m.conferrals[0].items[0].outcome = Outcome::FollowUp;
    m.conferrals[0].items[0].opponent_position = "Will serve a supplemental answer.".into();
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "FOLLOW-UP-NOT-CHASED",
            Severity::AtRisk,
            "not who promised what by when"
        ),
        "{fed:?}"
    );
    // A later contact on the request takes it up.
    let mut later = event("e2", date(2026, 3, 16), Method::Telephone, &["c1", "c2"]);
    later.items[0].outcome = Outcome::Impasse;
    later.items[0].opponent_position = "No supplement after all.".into();
    m.conferrals.push(later);
    let fed = findings(&m, "federal");
    assert!(
        !has(&fed, "FOLLOW-UP-NOT-CHASED", Severity::AtRisk),
        "{fed:?}"
    );

    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut letter = event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]);
    letter.reply = Some(goodfaith::matter::Reply::None);
    let mut office = event("a2", date(2026, 3, 9), Method::Telephone, &["c1"]);
    office.staff = vec![StaffMember {
        name: "Receptionist".into(),
        role: "receptionist".into(),
        works_for: "c2".into(),
    }];
    office.follow_up = Some(FollowUp {
        promised_by: "c2".into(),
        due: date(2026, 3, 12),
        what: "the answers".into(),
        kept: Some(false),
    });
    m.conferrals = vec![letter, office.clone()];
    let fed = findings(&m, "federal");
    assert!(holds_back(&fed), "{fed:?}");
    // Made by counsel on the call, the broken promise stands.
    office.participants.push("c2".into());
    office.staff.clear();
    m.conferrals[1] = office;
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
}

/// A motion to compel a subpoenaed non-party: talking with a party's
/// counsel is not conferring with the person failing to make discovery
/// (Clifton, S.D. Ga. 2017).
#[test]
fn a_nonparty_the_motion_compels_must_be_conferred_with() {
    use goodfaith::matter::{Party, Side};
    let mut m = base();
    m.parties.push(Party {
        id: "n1".into(),
        name: "Records Custodian LLC".into(),
        side: Side::Nonparty,
        ..m.parties[1].clone()
    });
    // Listed, but the motion names no subpoena: an affected non-party.
    let fed = findings(&m, "federal");
    assert!(
        !has(&fed, "NONPARTY-NOT-CONFERRED", Severity::AtRisk),
        "{fed:?}"
    );
    m.items[0].label = "Subpoena to Records Custodian LLC, Request No. 2".into();
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "NONPARTY-NOT-CONFERRED",
            Severity::AtRisk,
            "Records Custodian LLC is listed as a non-party"
        ),
        "{fed:?}"
    );
    // Conferred with it on the motion's request: nothing to report.
    let mut call = event(
        "n-call",
        date(2026, 3, 11),
        Method::Telephone,
        &["c1", "n1"],
    );
    call.items[0].outcome = Outcome::Impasse;
    call.items[0].opponent_position = "Will not produce without a protective order.".into();
    m.conferrals.push(call);
    let fed = findings(&m, "federal");
    assert!(
        !has(&fed, "NONPARTY-NOT-CONFERRED", Severity::AtRisk),
        "{fed:?}"
    );
}

/// From a second review: what lists none of the motion's requests takes
/// nothing away either. A call about deposition scheduling does not take
/// back a refusal; attempts after an old conference keep the record fresh;
/// a promise recorded under the party's id, made through its counsel on the
/// call, is still the other side's promise.
#[test]
fn what_is_about_other_matters_takes_nothing_away_either() {
    use goodfaith::matter::Reply;
    let mut m = base();
    let mut letter = event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]);
    letter.reply = Some(Reply::Refused);
    let mut depo = event("d1", date(2026, 3, 9), Method::Telephone, &["c1", "c2"]);
    depo.items.clear();
    depo.summary = "Deposition scheduling.".into();
    m.conferrals = vec![letter, depo];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");

    // A conference over a year old, then three unanswered attempts on the
    // request last month: the attempts are what is judged, and they are fresh.
    let mut m = base();
    m.conferrals[0].date = date(2025, 1, 10);
    for (id, d, how) in [
        ("a1", date(2026, 2, 20), Method::Letter),
        ("a2", date(2026, 2, 24), Method::Voicemail),
        ("a3", date(2026, 2, 27), Method::Email),
    ] {
        m.conferrals.push(unanswered(id, d, how));
    }
    let fed = findings(&m, "federal");
    assert!(!has(&fed, "STALE-CONFERRAL", Severity::AtRisk), "{fed:?}");

    // A complete default, and a promise by the defendant (p2) made through
    // its counsel on the call, broken before filing: the attempts stand.
    let mut m = base();
    m.items[0].no_response = Some(true);
    let mut letter = event("a1", date(2026, 3, 2), Method::Letter, &["c1", "c2"]);
    letter.reply = Some(Reply::None);
    let mut call = event("a2", date(2026, 3, 9), Method::Telephone, &["c1", "c2"]);
    call.follow_up = Some(FollowUp {
        promised_by: "p2".into(),
        due: date(2026, 3, 12),
        what: "the answers".into(),
        kept: Some(false),
    });
    m.conferrals = vec![letter, call];
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
}

#[test]
fn attempts_the_other_side_could_not_answer_and_one_letter_sent_twice_show_no_silence() {
    // A letter eleven days before the motion, then a voicemail and an email
    // the morning of filing: the last two gave the other side no time to
    // answer (Gill-Mulson, D. Colo. 2012: wait three business days;
    // Alexander, D.D.C. 1999: a message, then the motion two hours later),
    // so the record is one unanswered letter, not three ignored attempts.
    let mut m = base();
    let filing = date(2026, 3, 20);
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 9), Method::Letter),
        unanswered("a2", filing, Method::Voicemail),
        unanswered("a3", filing, Method::Email),
    ];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "The voicemail of March 20, 2026 and the email of March 20, 2026 came fewer than 3 business days before the motion"
        ),
        "{fed:?}"
    );
    // Made the week before, with three business days to answer, the same
    // attempts show the silence, and the record stands.
    m.conferrals[1].date = date(2026, 3, 12);
    m.conferrals[2].date = date(2026, 3, 16);
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
    // One letter sent by mail and by fax the same day, then one unanswered
    // call: two attempts, not three.
    m.conferrals = vec![
        unanswered("a1", date(2026, 3, 9), Method::Letter),
        unanswered("a2", date(2026, 3, 9), Method::Fax),
        unanswered("a3", date(2026, 3, 12), Method::UnansweredCall),
    ];
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "Letters, emails and faxes sent the same day count as one attempt."
        ),
        "{fed:?}"
    );
    // A fax two days after the letter is a second request.
    m.conferrals[1].date = date(2026, 3, 11);
    let fed = findings(&m, "federal");
    assert!(!holds_back(&fed), "{fed:?}");
}

#[test]
fn an_offer_to_talk_written_only_in_the_other_sides_position_is_still_an_offer() {
    // A file written before `offer_to_confer` existed: after a call that
    // ended at impasse, the other side's email "Offered to meet and confer
    // further next week", and the movant filed without answering (O'Boyle,
    // E.D. Wis. 2021; Saliga, D. Conn. 2015).
    let mut m = base();
    m.conferrals.push(from_them(
        "e2",
        date(2026, 3, 12),
        Method::Email,
        "Offered to meet and confer further next week.",
    ));
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "IGNORED-OFFER",
            Severity::Blocker,
            "Read from the words recorded on that contact, its position or summary"
        ),
        "{fed:?}"
    );
    // An offer of documents is a position on the request, not an offer to talk.
    m.conferrals[1].items[0].opponent_position = "Offered documents from 2023 onward.".into();
    let fed = findings(&m, "federal");
    assert!(!has(&fed, "IGNORED-OFFER", Severity::Blocker), "{fed:?}");
}

#[test]
fn a_call_with_the_represented_party_itself_is_no_conference() {
    // Plaintiff's counsel telephoned Acme Corp. itself, which John Doe
    // represents: a represented party confers through its lawyer.
    let mut m = base();
    m.conferrals[0].participants = vec!["c1".into(), "p2".into()];
    let ks = findings(&m, "ksd");
    assert!(
        has_saying(
            &ks,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "took place without counsel for a party that has counsel"
        ),
        "{ks:?}"
    );
    // With its counsel on the line as well, it is the conference it was.
    m.conferrals[0].participants = vec!["c1".into(), "p2".into(), "c2".into()];
    assert!(!holds_back(&findings(&m, "ksd")));
}

#[test]
fn supplemental_responses_served_after_the_conference_must_be_conferred_on() {
    // After the March 10 call, the other side served a supplemental answer
    // (its own email), and the movant filed on it without a word (Buntain,
    // C.D. Ill. 2023; Becker, E.D. Cal. 2013).
    let mut m = base();
    m.conferrals.push(from_them(
        "e2",
        date(2026, 3, 13),
        Method::Email,
        "Served a supplemental answer.",
    ));
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "ITEMS-NOT-CONFERRED",
            Severity::AtRisk,
            "then brought something new on it"
        ),
        "{fed:?}"
    );
    // The movant's answer about what came closes it.
    let mut answer = event("e3", date(2026, 3, 16), Method::Email, &["c1", "c2"]);
    answer.items[0].outcome = Outcome::Impasse;
    answer.items[0].opponent_position = "The supplement is complete.".into();
    m.conferrals.push(answer);
    assert!(!holds_back(&findings(&m, "federal")));
}

#[test]
fn a_protective_order_conferred_on_only_with_the_subpoenaed_nonparty_is_not_conferred() {
    // The defendant moves for a protective order against the plaintiff's
    // subpoena to a bank, and talked only with the bank's counsel (Rochlin,
    // S.D. Ind. 2006: no direct communication between opposing counsel).
    use goodfaith::matter::{Party, Side};
    let mut m = base();
    m.motion.kind = MotionKind::ProtectiveOrder;
    m.motion.movant = Side::Defendant;
    m.parties.push(Party {
        id: "n1".into(),
        name: "First Bank".into(),
        side: Side::Nonparty,
        ..m.parties[1].clone()
    });
    m.conferrals[0].participants = vec!["c2".into(), "n1".into()];
    m.conferrals[0].initiated_by = "c2".into();
    let fed = findings(&m, "federal");
    assert!(
        has_saying(
            &fed,
            "WRITTEN-ONLY",
            Severity::Blocker,
            "took place with a non-party only"
        ),
        "{fed:?}"
    );
    // With the plaintiff's counsel on the call, it is a conference.
    m.conferrals[0].participants.push("c1".into());
    let fed = findings(&m, "federal");
    assert!(!has(&fed, "WRITTEN-ONLY", Severity::Blocker), "{fed:?}");
}

#[test]
fn where_the_rule_asks_for_the_time_the_words_filed_must_give_it() {
    // N.D. Ill. L.R. 37.2 asks the statement for the date, time and place of
    // the conference; the log holding the time does not put it in a
    // statement the user wrote (Rustom, N.D. Ill. 2018).
    let mut m = base();
    m.certificate.form = CertificateForm::Custom;
    m.certificate.statement = "On March 10, 2026, Jane Roe spoke by telephone with John Doe about Interrogatory No. 4; they reached an impasse.".into();
    let il = findings(&m, "ilnd");
    assert!(
        has_saying(
            &il,
            "PARTICULARS-MISSING",
            Severity::Blocker,
            "Your certification gives no time for the conference"
        ),
        "{il:?}"
    );
    m.certificate.statement = "On March 10, 2026, at 2:00 p.m., Jane Roe spoke by telephone with John Doe about Interrogatory No. 4; they reached an impasse.".into();
    let il = findings(&m, "ilnd");
    assert!(
        !has(&il, "PARTICULARS-MISSING", Severity::Blocker),
        "{il:?}"
    );
}

/// D. Conn. L. Civ. R. 37(a) asks that counsel have "discussed the discovery
/// issues between them in detail". A call whose own words say the requests
/// were not discussed in detail does not show that (*Lagnese v. Town of
/// Waterbury*, D. Conn. 2015: one brief call shortly before the motion was
/// no meaningful effort to meet and confer). Elsewhere the words are not
/// read: a brief discussion has been accepted (*Cascade Yarns*, W.D. Wash.
/// 2012).
#[test]
fn in_connecticut_a_call_that_did_not_discuss_the_requests_in_detail_is_not_ready() {
    let m = base();
    let fs = findings(&m, "ctd");
    assert!(!has(&fs, "DEMAND-ONLY", Severity::Blocker), "{fs:?}");

    let mut brief = base();
    brief.conferrals[0].summary =
        "Brief call the day before filing; the requests were not discussed in detail.".into();
    let fs = findings(&brief, "ctd");
    assert!(
        has_saying(&fs, "DEMAND-ONLY", Severity::Blocker, "did not discuss"),
        "{fs:?}"
    );
    let r = reg();
    assert!(!check(&brief, r.get("ctd").expect("ctd"), today()).ready());

    // A call its words call brief or general is at risk there: Lagnese's
    // was "a brief telephone call shortly before filing".
    let mut short = base();
    short.conferrals[0].summary =
        "Brief telephone call shortly before filing; objections maintained.".into();
    let fs = findings(&short, "ctd");
    assert!(
        has_saying(&fs, "DEMAND-ONLY", Severity::AtRisk, "brief or general"),
        "{fs:?}"
    );
    assert!(!has(&fs, "DEMAND-ONLY", Severity::Blocker), "{fs:?}");
    assert!(!codes(&findings(&short, "ksd")).contains(&"DEMAND-ONLY"));

    // The other side's own words are its answer, not the movant's conference
    // cut short.
    let mut theirs = base();
    theirs.conferrals[0].items[0].opponent_position =
        "Would not go into detail about why the request is burdensome.".into();
    let fs = findings(&theirs, "ctd");
    assert!(!codes(&fs).contains(&"DEMAND-ONLY"), "{fs:?}");

    // A clause that names another request by number is not of this one.
    let mut other = base();
    other.conferrals[0].summary = "Interrogatory No. 9 was not discussed in detail.".into();
    let fs = findings(&other, "ctd");
    assert!(!has(&fs, "DEMAND-ONLY", Severity::Blocker), "{fs:?}");

    // The same words in the item's own record are read too.
    let mut positions = base();
    positions.conferrals[0].items[0].movant_position =
        "Raised the interrogatory, but did not go into detail.".into();
    let fs = findings(&positions, "ctd");
    assert!(has(&fs, "DEMAND-ONLY", Severity::Blocker), "{fs:?}");

    // A later conference that went through it in detail answers the rule.
    let mut again = brief.clone();
    let mut second = again.conferrals[0].clone();
    second.id = "e2".into();
    second.date = date(2026, 3, 12);
    second.summary = "Went through Interrogatory 4 in detail for forty minutes.".into();
    again.conferrals.push(second);
    let fs = findings(&again, "ctd");
    assert!(!has(&fs, "DEMAND-ONLY", Severity::Blocker), "{fs:?}");

    // In a court whose rule does not ask for detail the words are not read.
    let fs = findings(&brief, "ksd");
    assert!(!codes(&fs).contains(&"DEMAND-ONLY"), "{fs:?}");
}
