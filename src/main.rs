//! goodfaith's entry point: the command line (the desktop app comes with the
//! app issue; until then `goodfaith` with no command prints help).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    goodfaith::cli::run(goodfaith::cli::Cli::parse())
}
