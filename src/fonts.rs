//! The fonts goodfaith draws with, compiled in so that a certificate never
//! depends on what is installed: Liberation Serif for the document (metric-
//! compatible with Times New Roman, SIL Open Font License, covering Vietnamese
//! and the other Latin scripts of names on a caption) and Liberation Sans for
//! the app. Licence: assets/fonts/LICENSE-Liberation.txt.

pub static SERIF_REGULAR: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Regular.ttf");
pub static SERIF_BOLD: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Bold.ttf");
pub static SERIF_ITALIC: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Italic.ttf");
pub static SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/LiberationSans-Regular.ttf");
