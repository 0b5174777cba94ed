//! The shipped packs load and validate; a broken pack is an error that names
//! the file, line and key.

#![allow(clippy::expect_used, clippy::unwrap_used)] // tests may panic on broken setup

use goodfaith::court::{Registry, Severity, embedded_certificate_sources};

#[test]
fn every_shipped_pack_loads_and_its_references_resolve() {
    let r = Registry::embedded().expect("built-in packs load");
    let ids: Vec<&str> = r.courts().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), 94, "every federal district, once: {ids:?}");
    for id in ["ksd", "msnd", "mssd", "txnd", "cacd", "nysd", "gud", "prd"] {
        assert!(ids.contains(&id), "{id} is selectable: {ids:?}");
    }
    assert!(
        !ids.contains(&"ms-uniform"),
        "the shared Mississippi rules are not a court"
    );
    assert!(
        !ids.contains(&"federal"),
        "the baseline stands behind the districts, it is not one"
    );
    for p in r.courts() {
        assert!(r.template_for(p).is_some(), "{} has a template", p.id);
        assert!(!p.circuit.is_empty(), "{} has a circuit", p.id);
        assert!(!p.checks.is_empty(), "{} checks something", p.id);
    }
    let encoded = r.courts().filter(|p| p.local_rule_encoded).count();
    assert!(encoded >= 53, "53 or more districts with a pack: {encoded}");
    // The busiest dockets each have their own pack (issue 9).
    for id in [
        "nysd", "nyed", "njd", "mad", "ctd", "gand", "vaed", "dcd", "laed", "ohnd", "ohsd", "pawd",
    ] {
        let p = r.get(id).unwrap_or_else(|| panic!("{id}"));
        assert!(p.local_rule_encoded, "{id} has its own pack");
    }
    let wyd = r.get("wyd").expect("D. Wyo.");
    assert!(!wyd.local_rule_encoded);
    assert_eq!(
        wyd.caption_name,
        "United States District Court for the District of Wyoming"
    );
    assert!(
        wyd.notes
            .iter()
            .any(|n| n.contains("No local rule is encoded for this court"))
    );
    for p in r.packs() {
        for c in &p.checks {
            for rule in &c.rules {
                assert!(
                    p.rule(rule).is_some(),
                    "{}: {} cites missing rule {rule}",
                    p.id,
                    c.code
                );
            }
        }
        for rule in &p.rules {
            assert_eq!(
                rule.text.is_some(),
                rule.confidence.is_verbatim() && rule.text.is_some()
            );
            assert!(rule.text.is_some() || rule.summary.is_some());
        }
    }
    let ks = r.get("ksd").expect("ksd");
    assert!(ks.local_rule_encoded);
    assert_eq!(ks.certificate, "ksd-37-2");
    assert!(!r.get("federal").expect("federal").local_rule_encoded);
    let ms = r.get("mssd").expect("mssd");
    assert_eq!(ms.certificate, "ms-good-faith");
    assert!(
        ms.checks
            .iter()
            .any(|c| c.code == "CERT-NOT-ENDORSED" && c.severity == Severity::Blocker)
    );
}

const PARENT: &str = r#"
id = "base"
name = "Base"
short_name = "Base"
certificate = "federal"

[[rules]]
id = "r1"
citation = "Rule 1"
confidence = "paraphrase"
summary = "A rule."
source = "test"
as_of = 2026-01-01

[[checks]]
code = "NO-CONFERRAL"
kind = "conferral_required"
severity = "blocker"
rules = ["r1"]
"#;

fn load(child: &str) -> Result<Registry, goodfaith::court::PackError> {
    Registry::from_sources(
        vec![
            ("forms/courts/base.toml".into(), PARENT.into()),
            ("forms/courts/x.toml".into(), child.into()),
        ],
        embedded_certificate_sources(),
    )
}

#[test]
fn an_unknown_check_kind_names_file_line_and_key() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"A\"\nkind = \"telepathy\"\nseverity = \"blocker\"\n";
    let e = load(child).expect_err("bad kind");
    let s = e.to_string();
    assert!(
        s.starts_with("forms/courts/x.toml:8:8: key `checks[0].kind`"),
        "{s}"
    );
    assert!(
        s.contains("unknown variant `telepathy`") && s.contains("live_conferral"),
        "{s}"
    );
}

#[test]
fn a_check_citing_a_missing_rule_is_named() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"A\"\nkind = \"single_letter\"\nseverity = \"blocker\"\nrules = [\"r1\", \"r9\"]\n";
    let s = load(child).expect_err("missing rule").to_string();
    assert!(
        s.starts_with("forms/courts/x.toml:10:")
            && s.contains("checks[0].rules[1]")
            && s.contains("\"r9\""),
        "{s}"
    );
}

#[test]
fn a_topic_grouping_names_an_unknown_topic_or_a_case_the_check_does_not_cite() {
    let check = |kind: &str, on: &str| {
        let params = if kind == "live_conferral" {
            "params = { counts = [\"telephone\"] }\n"
        } else {
            ""
        };
        format!(
            "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[authorities]]\nid = \"a1\"\ncite = \"A v. B\"\nholding = \"Held.\"\n\n[[checks]]\ncode = \"A\"\nkind = \"{kind}\"\nseverity = \"blocker\"\nrules = [\"r1\"]\nauthorities = [\"a1\"]\non = {on}\n{params}"
        )
    };
    assert!(load(&check("live_conferral", "{ deposition = [\"a1\"] }")).is_ok());
    assert!(load(&check("single_letter", "{ general = [\"a1\"] }")).is_ok());
    // Each error names the file, the line of the key, the key and what is wrong.
    for (kind, on, key, says) in [
        (
            "live_conferral",
            "{ hearsay = [\"a1\"] }",
            "checks[0].on.hearsay",
            "deposition",
        ),
        (
            "live_conferral",
            "{ deposition = [\"a9\"] }",
            "checks[0].on.deposition[0]",
            "\"a9\"",
        ),
        (
            "live_conferral",
            "{ deposition = [] }",
            "checks[0].on.deposition",
            "empty",
        ),
        (
            "single_letter",
            "{ deposition = [\"a1\"] }",
            "checks[0].on.deposition",
            "no findings about \"deposition\"",
        ),
    ] {
        let s = load(&check(kind, on)).expect_err(on).to_string();
        assert!(
            s.starts_with("forms/courts/x.toml:17:") && s.contains(key) && s.contains(says),
            "{s}"
        );
    }
}

#[test]
fn rule_text_is_refused_unless_verbatim() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[rules]]\nid = \"r2\"\ncitation = \"R2\"\nconfidence = \"unverified\"\ntext = \"invented words\"\nsource = \"memory\"\nas_of = \"2026-01-01\"\n";
    let s = load(child).expect_err("text on unverified").to_string();
    assert!(
        s.contains("x.toml:10:") && s.contains("rules[0].text") && s.contains("verbatim"),
        "{s}"
    );
}

#[test]
fn bad_params_and_bad_dates_are_named() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"A\"\nkind = \"live_conferral\"\nseverity = \"blocker\"\nparams = { counts = [\"telegram\"] }\n";
    let s = load(child).expect_err("bad method").to_string();
    assert!(
        s.contains("x.toml:10:")
            && s.contains("checks[0].params")
            && s.contains("unknown method \"telegram\""),
        "{s}"
    );

    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[rules]]\nid = \"r2\"\ncitation = \"R2\"\nconfidence = \"paraphrase\"\nsummary = \"s\"\nsource = \"memory\"\nas_of = \"2026-02-30\"\n";
    let s = load(child).expect_err("bad date").to_string();
    assert!(
        s.contains("x.toml:12:") && s.contains("rules[0].as_of"),
        "{s}"
    );
}

#[test]
fn a_rule_asking_for_names_must_be_one_the_check_cites() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"CERT-BOILERPLATE\"\nkind = \"particularity\"\nseverity = \"blocker\"\nparams = { names_under = [\"r9\"], conclusory = [] }\n";
    let s = load(child)
        .expect_err("names_under off the check's rules")
        .to_string();
    assert!(
        s.contains("x.toml:10:")
            && s.contains("checks[0].params.names_under")
            && s.contains("\"r9\" is not among this check's `rules`"),
        "{s}"
    );
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"CERT-BOILERPLATE\"\nkind = \"particularity\"\nseverity = \"blocker\"\nparams = { reasons_under = [\"r9\"], conclusory = [] }\n";
    let s = load(child)
        .expect_err("reasons_under off the check's rules")
        .to_string();
    assert!(
        s.contains("x.toml:10:") && s.contains("checks[0].params.reasons_under"),
        "{s}"
    );
}

#[test]
fn a_missing_parent_and_a_duplicate_id_are_named() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"nowhere\"\n";
    let s = load(child).expect_err("missing parent").to_string();
    assert!(
        s.contains("x.toml:4:") && s.contains("extends") && s.contains("\"nowhere\""),
        "{s}"
    );

    let child = "id = \"base\"\nname = \"X\"\nshort_name = \"X\"\ncertificate = \"federal\"\n";
    let s = load(child).expect_err("duplicate").to_string();
    assert!(s.contains("x.toml:1:") && s.contains("already used"), "{s}");
}

#[test]
fn a_toml_syntax_error_names_the_line() {
    let s = load("id = \"x\"\nname = \n")
        .expect_err("syntax")
        .to_string();
    assert!(s.starts_with("forms/courts/x.toml:2:"), "{s}");
}

#[test]
fn an_id_defined_twice_in_one_file_is_refused_but_a_parents_may_be_overridden() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"NO-CONFERRAL\"\nkind = \"conferral_required\"\nseverity = \"warning\"\n\n[[checks]]\ncode = \"NO-CONFERRAL\"\nkind = \"single_letter\"\nseverity = \"warning\"\n";
    let s = load(child).expect_err("twice").to_string();
    assert!(
        s.contains("x.toml:12:") && s.contains("checks[1].code") && s.contains("defined twice"),
        "{s}"
    );

    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"NO-CONFERRAL\"\nkind = \"conferral_required\"\nseverity = \"warning\"\n";
    let r = load(child).expect("override loads");
    let x = r.get("x").expect("x");
    assert_eq!(x.checks.len(), 1);
    assert_eq!(x.checks[0].severity, Severity::Warning);
}

#[test]
fn a_court_with_no_checks_is_refused() {
    let lone = "id = \"lone\"\nname = \"Lone\"\nshort_name = \"L\"\ncertificate = \"federal\"\n";
    let s = Registry::from_sources(
        vec![("forms/courts/lone.toml".into(), lone.into())],
        embedded_certificate_sources(),
    )
    .expect_err("no checks")
    .to_string();
    assert!(
        s.contains("lone.toml:1:") && s.contains("at least one check"),
        "{s}"
    );
}

#[test]
fn a_pack_naming_a_missing_certificate_template_is_named() {
    let child = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\ncertificate = \"nope\"\n";
    let s = load(child).expect_err("missing template").to_string();
    assert!(
        s.contains("x.toml:5:") && s.contains("certificate") && s.contains("\"nope\""),
        "{s}"
    );
}

#[test]
fn a_template_with_an_unknown_placeholder_is_named() {
    let t = "id = \"t\"\nname = \"T\"\nsource = \"test\"\nofficial_form = false\ntitle = \"T\"\nsigners = \"movant\"\n\n[[sections]]\nkind = \"text\"\ntext = \"Counsel for {movant} met {judge}.\"\n\n[[sections]]\nkind = \"signatures\"\n";
    let s = goodfaith::certificate::parse_template("forms/certificates/t.toml", t)
        .expect_err("bad placeholder")
        .to_string();
    assert!(s.contains("t.toml:10:") && s.contains("{judge}"), "{s}");
}

const CHILD: &str = "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n";

#[test]
fn a_duplicate_key_is_named_and_a_repeated_table_header_explained() {
    let s = load(&format!("{CHILD}name = \"Y\"\n"))
        .expect_err("twice")
        .to_string();
    assert!(
        s.starts_with("forms/courts/x.toml:5:1:") && s.contains("duplicate key `name`"),
        "{s}"
    );
    let rule = "citation = \"R\"\nconfidence = \"paraphrase\"\nsummary = \"s\"\nsource = \"t\"\nas_of = 2026-01-01\n";
    let s = load(&format!(
        "{CHILD}\n[rules]\nid = \"a\"\n{rule}\n[rules]\nid = \"b\"\n{rule}"
    ))
    .expect_err("[rules] twice")
    .to_string();
    assert!(
        s.contains("duplicate key `rules`") && s.contains("[[rules]]"),
        "{s}"
    );
    let s = load(&format!("{CHILD}\n[rules]\nid = \"a\"\n{rule}"))
        .expect_err("[rules] once")
        .to_string();
    assert!(s.contains("key `rules`") && s.contains("[[rules]]"), "{s}");
}

#[test]
fn an_empty_verbatim_rule_text_is_refused() {
    let child = format!(
        "{CHILD}\n[[rules]]\nid = \"r2\"\ncitation = \"R2\"\nconfidence = \"verbatim_primary\"\ntext = \"  \"\nsource = \"court\"\nas_of = 2026-01-01\n"
    );
    let s = load(&child).expect_err("empty text").to_string();
    assert!(
        s.contains("x.toml:10:") && s.contains("rules[0].text") && s.contains("may not be empty"),
        "{s}"
    );
}

#[test]
fn template_errors_point_at_the_key_concerned() {
    let head = "id = \"t\"\nname = \"T\"\nsource = \"test\"\nofficial_form = false\ntitle = \"T\"\nsigners = \"movant\"\n";
    let parse = |t: &str| {
        goodfaith::certificate::parse_template("forms/certificates/t.toml", t)
            .expect_err("invalid")
            .to_string()
    };
    let s = parse(&format!(
        "{head}body_spacing = 9.0\n\n[[sections]]\nkind = \"signatures\"\n"
    ));
    assert!(s.contains("t.toml:7:16: key `body_spacing`"), "{s}");
    let s = parse(&format!(
        "{head}\n[[sections]]\nkind = \"text\"\n\n[[sections]]\nkind = \"signatures\"\n"
    ));
    assert!(s.contains("t.toml:9:8: key `sections[0].text`"), "{s}");
    let s = parse(&format!("{head}\n[[sections]]\nkind = \"steps\"\n"));
    assert!(
        s.contains("t.toml:8:") && s.contains("signatures section"),
        "{s}"
    );
}

#[test]
fn a_duplicate_template_id_and_a_pack_that_is_not_a_district_are_located() {
    let mut certs = embedded_certificate_sources();
    let (name, src) = certs
        .iter()
        .find(|(n, _)| n.ends_with("federal.toml"))
        .cloned()
        .expect("federal template");
    certs.push((
        name.replace("federal", "zz-copy"),
        format!("# a copy\n\n{src}"),
    ));
    let s = Registry::from_sources(
        vec![("forms/courts/base.toml".into(), PARENT.into())],
        certs,
    )
    .expect_err("duplicate template id")
    .to_string();
    assert!(
        s.contains("zz-copy.toml:5:6: key `id`") && s.contains("already used"),
        "{s}"
    );

    let with_federal = |child: &str| {
        Registry::from_sources(
            vec![
                (
                    "forms/courts/federal.toml".into(),
                    PARENT.replace("id = \"base\"", "id = \"federal\""),
                ),
                (
                    "forms/courts/x.toml".into(),
                    child.replace("\"base\"", "\"federal\""),
                ),
            ],
            embedded_certificate_sources(),
        )
        .expect("loads")
    };
    let districts =
        "[[district]]\nid = \"ksd\"\nname = \"D\"\nshort_name = \"D\"\ncircuit = \"10th\"\n";
    let s = with_federal(&format!("# comment\n{CHILD}"))
        .add_districts("districts.toml", districts)
        .expect_err("x is not a district")
        .to_string();
    assert!(s.starts_with("forms/courts/x.toml:2:6: key `id`"), "{s}");

    let s = with_federal(CHILD)
        .add_districts("districts.toml", &districts.replace("\"ksd\"", "\"\""))
        .expect_err("empty id")
        .to_string();
    assert!(
        s.contains("districts.toml:2:6") && s.contains("may not be empty"),
        "{s}"
    );
}

#[test]
fn pack_files_are_read_whatever_the_case_of_their_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let forms = dir.path();
    std::fs::create_dir_all(forms.join("courts")).expect("mkdir");
    std::fs::create_dir_all(forms.join("certificates")).expect("mkdir");
    std::fs::write(forms.join("courts/base.toml"), PARENT).expect("write");
    std::fs::write(forms.join("courts/X.TOML"), CHILD).expect("write");
    for (name, src) in embedded_certificate_sources() {
        let file = std::path::Path::new(&name)
            .file_name()
            .expect("name")
            .to_owned();
        std::fs::write(forms.join("certificates").join(file), src).expect("write");
    }
    let r = Registry::from_dir(forms).expect("loads");
    assert!(r.get("x").is_some(), "X.TOML was read");
}

/// Check "A" of the test pack "x".
fn check_a(registry: &Registry) -> &goodfaith::court::Check {
    registry
        .get("x")
        .expect("the pack")
        .checks
        .iter()
        .find(|c| c.code == "A")
        .expect("the check")
}

/// An S.D. Tex. record with a video conference and no contact with the court.
fn txsd_matter() -> goodfaith::matter::Matter {
    serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/courts/txsd/pass-video-conference.json")
            .expect("fixture"),
    )
    .expect("matter")
}

#[test]
fn a_check_for_named_judges_runs_only_before_them_and_a_bad_name_is_named() {
    let child = |judges: &str| {
        format!(
            "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"A\"\nkind = \"single_letter\"\nseverity = \"blocker\"\nrules = [\"r1\"]\njudges = {judges}\n"
        )
    };
    let s = load(&child("[\"Lee Rosenthal\"]"))
        .expect_err("two words")
        .to_string();
    assert!(
        s.starts_with("forms/courts/x.toml:11:") && s.contains("checks[0].judges[0]"),
        "{s}"
    );
    assert!(s.contains("surname"), "{s}");
    let registry = load(&child("[\"Rosenthal\"]")).expect("a surname loads");
    let check = check_a(&registry);
    let mut m = txsd_matter();
    let day = "2025-04-07".parse().expect("date");
    for (judge, governs) in [
        ("Hon. Lee H. Rosenthal", true),
        ("Judge ROSENTHAL", true),
        ("Hon. Example Judge", false),
        ("Rosenthaler", false),
        ("", false),
    ] {
        m.judge = judge.into();
        assert_eq!(check.governs(&m, day), governs, "{judge:?}");
    }
}

#[test]
fn a_judges_check_also_runs_on_the_judges_initials_in_the_case_number_or_judge() {
    let child = |extra: &str| {
        format!(
            "id = \"x\"\nname = \"X\"\nshort_name = \"X\"\nextends = \"base\"\n\n[[checks]]\ncode = \"A\"\nkind = \"single_letter\"\nseverity = \"blocker\"\nrules = [\"r1\"]\n{extra}\n"
        )
    };
    for (bad, why) in [
        (
            "judges = [\"Rosenthal\"]\njudge_initials = [\"lhr\"]",
            "capital letters",
        ),
        (
            "judges = [\"Rosenthal\"]\njudge_initials = [\"L. H. R.\"]",
            "capital letters",
        ),
        ("judge_initials = [\"LHR\"]", "surnames"),
    ] {
        let s = load(&child(bad)).expect_err(bad).to_string();
        assert!(
            s.starts_with("forms/courts/x.toml:") && s.contains("checks[0].judge_initials[0]"),
            "{s}"
        );
        assert!(s.contains(why), "{s}");
    }
    let registry = load(&child(
        "judges = [\"Rosenthal\"]\njudge_initials = [\"LHR\"]",
    ))
    .expect("initials load");
    let check = check_a(&registry);
    let mut m = txsd_matter();
    let day = "2025-04-07".parse().expect("date");
    m.judge.clear();
    for (case_number, governs) in [
        ("H-07-3973 (LHR)", true),
        ("4:07-cv-03973-LHR", true),
        ("4:07-cv-03973", false),
        ("4:07-cv-03973-LHRX", false),
        ("", false),
    ] {
        m.caption.case_number = case_number.into();
        assert_eq!(check.governs(&m, day), governs, "{case_number:?}");
    }
    m.caption.case_number.clear();
    m.judge = "LHR".into();
    assert!(check.governs(&m, day), "initials written as the judge");
}

/// The shipped S.D. Tex. pack asks for Judge Rosenthal's pre-motion
/// conference when the record names her only by the docket's initials.
#[test]
fn txsd_asks_for_the_pre_motion_conference_when_the_case_number_carries_lhr() {
    let registry = Registry::embedded().expect("shipped packs load");
    let pack = registry.get("txsd").expect("txsd");
    let mut m = txsd_matter();
    let day = "2025-04-07".parse().expect("date");
    let asks = |m: &goodfaith::matter::Matter| {
        goodfaith::check::check(m, pack, day).has("PRE-MOTION-CONFERENCE")
    };
    m.judge.clear();
    m.caption.case_number = "4:25-cv-01234".into();
    assert!(!asks(&m), "no judge named: not asked");
    m.caption.case_number = "Civil Action No. H-25-1234 (LHR)".into();
    assert!(asks(&m), "Judge Rosenthal's initials in the case number");
}
