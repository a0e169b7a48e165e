//! Embed codes for the current state: a plain iframe with our tiny resize script, or the pym.js variant.

/// The resize script a host page runs (also shipped as `dist/embed.js`): it matches the iframe by
/// `event.source`, checks the message's shape and sets the height.
pub const RESIZE_SCRIPT: &str = include_str!("../../assets/embed.js");

/// A plain iframe of the story `story` (its id) and the resize script, to paste into any page. The script
/// also tells the frame the host page's address (`parentUrl`, for share links) and opens it at the event the
/// host's address names (`?explainer-event=<story>.<event>`, see [`crate::routing::HOST_EVENT_KEY`]).
pub fn iframe_code(url: &str, title: &str, height: u32, story: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\" allow=\"web-share; clipboard-write\" data-explainer=\"{}\"></iframe>\n<script>\n{}</script>",
        attribute(url),
        attribute(title),
        attribute(story),
        RESIZE_SCRIPT.trim_start_matches(|c| c != '(')
    )
}

/// The pym.js variant: a container, NPR's pym.js and a `pym.Parent` (which passes the host's address as
/// `parentUrl` itself), opened at the event the host's address names, as [`iframe_code`] does.
pub fn pym_code(url: &str, title: &str, id: &str) -> String {
    format!(
        "<div id=\"{}\"></div>\n<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n<script>(function () {{\n  var u = new URL({}), e = new URLSearchParams(location.search).get({}) || '', p = {} + '.';\n  if (e.indexOf(p) === 0) u.searchParams.set('event', e.slice(p.length));\n  u.searchParams.set('hostEvents', '1');\n  new pym.Parent({}, u.href, {{ title: {} }});\n}})();</script>",
        attribute(id),
        json_string(url),
        json_string(crate::routing::HOST_EVENT_KEY),
        json_string(id),
        json_string(id),
        json_string(title)
    )
}

/// A JSON string literal, safe inside a `<script>` (no `<`, no line separators).
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

/// Text for an HTML attribute in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iframe_code_escapes_and_includes_the_script() {
        let code = iframe_code("https://x.example/?a=1&b=2", "A \"quoted\" <title>", 800, "story");
        assert!(code.starts_with(
            "<iframe src=\"https://x.example/?a=1&amp;b=2\" title=\"A &quot;quoted&quot; &lt;title&gt;\""
        ));
        assert!(code.contains("datawrapper-height") && code.contains("e.source"));
        // The script whole, from its first line (the comment above it is cut), for our frames.
        assert!(code.contains("<script>\n(function () {\n  var key = "), "{code}");
        assert!(code.contains("data-explainer=\"story\"") && code.contains("allow=\"web-share; clipboard-write\""));
        assert!(RESIZE_SCRIPT.contains(&format!("'{}'", crate::routing::HOST_EVENT_KEY)));
        assert!(code.ends_with("</script>"));
        assert_eq!(code.matches("<script>").count(), 1);
    }

    #[test]
    fn json_strings_escape() {
        assert_eq!(json_string("a\nb\u{2028}\"</"), r#""a\u000ab\u2028\"\u003c/""#);
    }

    #[test]
    fn pym_code_uses_the_stock_parent() {
        let code = pym_code("https://x.example/?embed=1", "Title's </script>", "explainer");
        assert!(code.contains(r#"var u = new URL("https://x.example/?embed=1")"#), "{code}");
        assert!(
            code.contains(r#"new pym.Parent("explainer", u.href, { title: "Title's \u003c/script>" });"#),
            "{code}"
        );
        assert!(code.contains(r#"get("explainer-event")"#) && code.contains("'hostEvents', '1'"));
    }
}
