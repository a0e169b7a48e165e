//! TimelineJS texts hold HTML. The page never shows source HTML: each text becomes plain text, its
//! paragraphs apart by a blank line (the data format's paragraphs), and whatever that changes is said.
//!
//! Kept: the words, paragraphs (`<p>`, `<div>`, `<br><br>`, list items) and each http(s) link's address,
//! written after its words. Made plain, and listed: emphasis and other inline markup. Dropped, and listed:
//! scripts, styles, frames, images inside the text and links that are not http(s) (`javascript:` above all).

use scraper::node::Node;
use scraper::Html;
use std::collections::BTreeMap;

/// A text made plain, and what that changed.
#[derive(Debug, Default, PartialEq)]
pub struct Plain {
    pub text: String,
    /// What was changed or dropped, each with how often: `"<em> made plain" → 2`.
    pub changes: BTreeMap<String, usize>,
}

/// Elements whose content is dropped with them.
const DROPPED: [&str; 9] = ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"];
/// Elements that end a paragraph.
const BLOCKS: [&str; 14] =
    ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"];
/// Inline markup whose words stay, made plain, without a note each time: it carries no meaning of its own.
const SILENT: [&str; 2] = ["span", "font"];

/// Makes a TimelineJS text plain.
pub fn plain(html: &str) -> Plain {
    let mut out = Plain::default();
    if !html.contains(['<', '&']) {
        out.text = tidy(html);
        return out;
    }
    let fragment = Html::parse_fragment(html);
    let mut text = String::new();
    walk(fragment.tree.root(), &mut text, &mut out.changes);
    out.text = tidy(&text);
    out
}

fn walk(node: ego_tree::NodeRef<'_, Node>, text: &mut String, changes: &mut BTreeMap<String, usize>) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                let mut note = |what: String| *changes.entry(what).or_default() += 1;
                if DROPPED.contains(&name) {
                    note(format!("<{name}> dropped with its content"));
                    continue;
                }
                match name {
                    "html" | "body" => walk(child, text, changes),
                    "br" => text.push('\n'),
                    "img" => {
                        note("an image inside the text dropped (an event's media is its own field)".into());
                    }
                    "a" => {
                        let mut words = String::new();
                        walk(child, &mut words, changes);
                        let words = words.trim().to_string();
                        match e.attr("href").map(str::trim) {
                            Some(href) if crate::validate::is_remote(href) => {
                                if words.is_empty() || words == href {
                                    text.push_str(href);
                                } else {
                                    text.push_str(&format!("{words} ({href})"));
                                }
                                *changes.entry("a link written as its words and address".into()).or_default() += 1;
                            }
                            Some(href) if !href.is_empty() && !href.starts_with('#') => {
                                let scheme = href.split(':').next().unwrap_or(href).to_lowercase();
                                let what = if href.contains(':') {
                                    format!("a {scheme}: link")
                                } else {
                                    "a relative link".into()
                                };
                                *changes.entry(format!("{what} dropped (its words kept)")).or_default() += 1;
                                text.push_str(&words);
                            }
                            _ => text.push_str(&words),
                        }
                    }
                    _ if BLOCKS.contains(&name) => {
                        text.push_str("\n\n");
                        walk(child, text, changes);
                        text.push_str("\n\n");
                    }
                    _ => {
                        if !SILENT.contains(&name) {
                            note(format!("<{name}> made plain"));
                        }
                        walk(child, text, changes);
                    }
                }
            }
            Node::Comment(_) => *changes.entry("an HTML comment dropped".into()).or_default() += 1,
            _ => {}
        }
    }
}

/// Spaces as prose has them: runs of white space as one space, lines kept, two line breaks or more (a
/// paragraph's end) as one blank line, nothing at either end.
fn tidy(text: &str) -> String {
    let lines: Vec<String> =
        text.replace('\u{a0}', " ").lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let mut out = String::new();
    let mut blank = false;
    for line in lines {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn plain_text_stays_as_it_is() {
        let p = plain("  A  river   rises. ");
        assert_eq!(p.text, "A river rises.");
        assert!(p.changes.is_empty());
    }

    #[test]
    fn paragraphs_links_and_emphasis() {
        let p = plain("<p>The <em>first</em> dam.</p><p>See <a href='https://x.example/a'>the report</a>.</p>");
        assert_eq!(p.text, "The first dam.\n\nSee the report (https://x.example/a).");
        assert_eq!(p.changes.get("<em> made plain"), Some(&1));
        assert_eq!(p.changes.get("a link written as its words and address"), Some(&1));
    }

    #[test]
    fn nothing_that_runs_survives() {
        let p =
            plain("Hi<script>alert(1)</script> <a href=\"javascript:alert(2)\">there</a><img src=x onerror=alert(3)>");
        assert_eq!(p.text, "Hi there");
        assert_eq!(p.changes.get("<script> dropped with its content"), Some(&1));
        assert_eq!(p.changes.get("a javascript: link dropped (its words kept)"), Some(&1));
        assert!(p.changes.keys().any(|k| k.starts_with("an image inside the text")));
    }

    #[test]
    fn entities_and_breaks() {
        assert_eq!(
            plain("Tom &amp; Jerry&nbsp;&lt;3<br>next line<br><br>new paragraph").text,
            "Tom & Jerry <3\nnext line\n\nnew paragraph"
        );
    }
}
