//! goodfaith's entry point. With no command it opens the desktop app; the
//! `check`, `render`, `courts` and `schema` commands run headless.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // lopdf logs what it cannot read in an attachment ("PDF is encrypted
    // and requires a password") before goodfaith's own one-line error says
    // the same with the file's name: a second, stray line on stderr
    // (review 349). RUST_LOG still turns it on.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn,lopdf=off"))
        .init();
    // Interrupted (Ctrl+C, SIGTERM, SIGHUP) mid-write: remove the partial
    // temporary and the print file before exiting, as destructors do not run.
    let _ = ctrlc::set_handler(|| {
        goodfaith::save::remove_tracked_files();
        std::process::exit(130);
    });
    goodfaith::cli::run(goodfaith::cli::Cli::parse())
}
