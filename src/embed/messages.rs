//! The height messages a framed page posts to its host, and the one message it accepts: pym.js's
//! `width` for its own `childId`. Strings only here; `frame` posts them.

/// The longest message from the parent worth reading; anything longer is ignored unread.
const MAX_MESSAGE: usize = 256;

/// pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<px>`.
pub fn pym_height(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// The width in a pym.js `width` message addressed to `child_id`; `None` for anything else.
pub fn pym_width(message: &str, child_id: &str) -> Option<u32> {
    if message.len() > MAX_MESSAGE {
        return None;
    }
    let width = message.strip_prefix("pymxPYMx")?.strip_prefix(child_id)?.strip_prefix("xPYMxwidthxPYMx")?;
    // pym sends an integer; some parents send a fraction. Nothing else is a width.
    let whole = width.split_once('.').map_or(
        width,
        |(w, fraction)| {
            if fraction.bytes().all(|b| b.is_ascii_digit()) {
                w
            } else {
                ""
            }
        },
    );
    if whole.is_empty() || whole.len() > 6 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    whole.parse().ok()
}

/// Embedly / Medium: a JSON string `{"src":…,"context":"iframe.resize","height":…}`.
pub fn embedly_height(src: &str, height: u32) -> String {
    format!("{{\"src\":{},\"context\":\"iframe.resize\",\"height\":{height}}}", json_string(src))
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_height_format() {
        assert_eq!(pym_height("explainer-1", 523), "pymxPYMxexplainer-1xPYMxheightxPYMx523");
    }

    #[test]
    fn accepts_only_width_for_our_child() {
        assert_eq!(pym_width("pymxPYMxc1xPYMxwidthxPYMx640", "c1"), Some(640));
        assert_eq!(pym_width("pymxPYMxc1xPYMxwidthxPYMx640.5", "c1"), Some(640));
        for other in [
            "pymxPYMxc2xPYMxwidthxPYMx640",
            "pymxPYMxc1xPYMxheightxPYMx640",
            "pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxc1xPYMxwidthxPYMx",
            "pymxPYMxc1xPYMxwidthxPYMx64a",
            "pymxPYMxc1xPYMxwidthxPYMx-5",
            "pymxPYMxc1xPYMxwidthxPYMx99999999999",
            "pymxPYMxc1xPYMxwidthxPYMx1.x",
            "pymxPYMxc1xxPYMxwidthxPYMx640",
            "",
        ] {
            assert_eq!(pym_width(other, "c1"), None, "{other}");
        }
        let huge = format!("pymxPYMxc1xPYMxwidthxPYMx1{}", "0".repeat(1000));
        assert_eq!(pym_width(&huge, "c1"), None);
    }

    #[test]
    fn embedly_is_valid_json_with_escapes() {
        assert_eq!(
            embedly_height("https://x.example/?a=\"b\"</script>", 700),
            r#"{"src":"https://x.example/?a=\"b\"\u003c/script>","context":"iframe.resize","height":700}"#
        );
        assert_eq!(json_string("a\nb\u{2028}"), r#""a\u000ab\u2028""#);
    }
}
