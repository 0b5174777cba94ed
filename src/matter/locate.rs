//! Finds where a field sits in the matter file, so an error about the *meaning*
//! of a value (an unknown counsel id, an unknown court) can name the line and
//! column just as a syntax error does.

use std::fmt;

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSeg {
    Key(&'static str),
    Index(usize),
}

/// Formats a path the way the error messages show it: `conferrals[2].participants[0]`.
pub struct DisplayPath<'a>(pub &'a [PathSeg]);

impl fmt::Display for DisplayPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSeg::Key(k) if i == 0 => write!(f, "{k}")?,
                PathSeg::Key(k) => write!(f, ".{k}")?,
                PathSeg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// The 1-based line and column of the value at `path`, or of its nearest
/// existing ancestor when the path runs past what the file holds.
pub fn locate_json(src: &str, path: &[PathSeg]) -> Option<(usize, usize)> {
    let parsed = parse_to_ast(src, &CollectOptions::default(), &ParseOptions::default()).ok()?;
    let mut node = parsed.value.as_ref()?;
    let mut offset = node.start();
    for seg in path {
        let next = match (seg, node) {
            (PathSeg::Key(k), Value::Object(o)) => o
                .properties
                .iter()
                .find(|p| p.name.as_str() == *k)
                .map(|p| &p.value),
            (PathSeg::Index(i), Value::Array(a)) => a.elements.get(*i),
            _ => None,
        };
        match next {
            Some(n) => {
                node = n;
                offset = n.start();
            }
            None => break,
        }
    }
    Some(line_col(src, offset))
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = src.get(..offset).unwrap_or(src);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_array_element() {
        let src = "{\n  \"a\": [\n    1,\n    {\"b\": \"x\"}\n  ]\n}";
        let at = locate_json(
            src,
            &[PathSeg::Key("a"), PathSeg::Index(1), PathSeg::Key("b")],
        );
        assert_eq!(at, Some((4, 11)));
    }

    #[test]
    fn falls_back_to_nearest_ancestor() {
        let src = "{\"a\": {}}";
        assert_eq!(
            locate_json(src, &[PathSeg::Key("a"), PathSeg::Key("zz")]),
            Some((1, 7))
        );
    }
}
