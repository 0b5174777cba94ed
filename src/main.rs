//! goodfaith's entry point. With no command it opens the desktop app; the
//! `check`, `render`, `courts` and `schema` commands run headless.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    goodfaith::cli::run(goodfaith::cli::Cli::parse())
}
