//! The build-time prerender (native only): each language's page as complete HTML that works by itself
//! (links and CSS; see [`StaticPage`]), which the app takes over in the browser. Fills Trunk's
//! `index.html`: `<html lang>`, title, description, canonical and `hreflang` links, Open Graph and Twitter
//! cards, a strict Content-Security-Policy (our inline scripts allowed by their hashes), the static page,
//! and first in `<head>` the script that takes the reader to their language's page ([`lang_script`]). The
//! wasm starts compiling as soon as `<head>` is parsed (see [`compile_early`]).

use crate::components::static_page::{StaticPage, StaticPageProps};
use crate::components::StoryRef;
use crate::embed::codes::json_string;
use crate::model::{Lang, Story};
use crate::routing::Page;
use yew::LocalServerRenderer;

/// How many events' steps, and sentences of the article, one static page holds: a longer story's go on on
/// parts of their own. Each step is about 5 KB of HTML, which the browser parses and styles before the app
/// can take over: at 10,000 events, 50 a page (0.5 MB) rather than 100 (0.8 MB) brought the take-over from
/// 2.4 to 2.0 times its time at 12 events; 25 saved little more (see docs/performance.md, 2026-12-03).
pub const PAGE_EVENTS: usize = 50;

/// Every page the build writes for `lang`: the language's page, and the parts of a long story.
pub fn pages(story: &Story, lang: Lang) -> impl Iterator<Item = Page> {
    let paragraphs = story.article.paragraphs.last().map_or(0, |p| p.first_sentence as usize / PAGE_EVENTS + 1);
    let parts = story.events.len().div_ceil(PAGE_EVENTS).max(paragraphs).max(1);
    let original = story.languages.original;
    (0..parts).map(move |part| Page { lang, original, part, size: PAGE_EVENTS })
}

/// A page the build writes: the explainer (or a part of its steps), working without script.
pub fn render_static_page(story: &'static Story, page: Page) -> String {
    let props = StaticPageProps { story: StoryRef(story), page };
    futures::executor::block_on(LocalServerRenderer::<StaticPage>::with_props(props).hydratable(false).render())
}

/// Decides the page's language before anything is painted, so that nothing switches once shown: `?lang=`
/// names a language, or on the root page (the original's) the reader's saved choice (the app's language
/// switch saves it) or else the browser's first language we have; a language other than this page's moves
/// the reader to the same page in it (`location.replace` on this origin, keeping query and fragment).
/// Anything unknown stays here. On the page it stays on, the fragment's target is marked (`.as-target`,
/// which the stylesheet reads as `:target`) as soon as it is parsed: browsers apply `:target` only once the
/// page has loaded, and the step a link names must be the first one shown, not the title and then the step.
/// The mark goes with the first change of fragment, at its `popstate` (fired as the fragment changes;
/// `hashchange` comes a task later, when both steps would have shown for a frame), or its `hashchange` in a
/// browser that fires no `popstate` for it; a target parsed after that is not marked.
pub fn lang_script(story: &Story, at: Page) -> String {
    let pages: Vec<String> = story
        .languages
        .all
        .iter()
        .map(|&lang| format!("{}:{}", json_string(lang.code()), json_string(&Page { lang, ..at }.path())))
        .collect();
    let root = at.path().is_empty();
    format!(
        "<script>(function(){{try{{var pages={{{}}},here={},root={root};\
         function known(t){{t=String(t||\"\").trim().split(/[-_]/)[0].toLowerCase();return pages.hasOwnProperty(t)?t:null}}\
         var want=known(new URLSearchParams(location.search).get(\"lang\"));\
         if(!want&&root){{var saved=null;try{{saved=localStorage.getItem({})}}catch(e){{}}\
         want=known(saved);for(var i=0;!want&&i<(navigator.languages||[]).length;i++)want=known(navigator.languages[i])}}\
         var dir=location.pathname.replace(/index\\.html$/,\"\"),mine=pages[here];\
         if(want&&want!==here&&dir.slice(dir.length-mine.length)===mine)\
         location.replace(location.protocol+\"//\"+location.host+\"/\"+(dir.slice(0,dir.length-mine.length)+pages[want]).replace(/^\\/+/,\"\")\
         +location.search+location.hash);\
         else if(location.hash.length>1){{var id=decodeURIComponent(location.hash.slice(1)),seen=new MutationObserver(function(){{\
         var e=document.getElementById(id);if(e){{e.classList.add(\"{AS_TARGET}\");seen.disconnect()}}}});\
         seen.observe(document,{{childList:true,subtree:true}});addEventListener(\"load\",function(){{seen.disconnect()}});\
         function moved(){{seen.disconnect();var e=document.querySelector(\".{AS_TARGET}\");if(e)e.classList.remove(\"{AS_TARGET}\")}}\
         addEventListener(\"popstate\",moved,{{once:true}});addEventListener(\"hashchange\",moved,{{once:true}})}}\
         }}catch(e){{}}}})()</script>",
        pages.join(","),
        json_string(at.lang.code()),
        json_string(crate::browser::LANG_KEY),
    )
}

/// The complete page for `at`, from Trunk's `index.html` and the site's public address (ending in `/`).
pub fn page(template: &str, story: &'static Story, at: Page, site: &str) -> String {
    let lang = at.lang;
    // The template as every page ships it: the language decided first, the wasm compiled early.
    let template = &compile_early(template).replacen(CHARSET, &format!("{CHARSET}\n  {}", lang_script(story, at)), 1);
    let article = &story.article;
    let (headline, summary) =
        (escape(article.headline.get(lang)), escape(article.summary.unwrap_or(article.headline).get(lang)));
    // The same page in each language (the parts of a long story match across languages).
    let url = |lang: Lang| escape(&format!("{site}{}", Page { lang, ..at }.path()));
    // The CSP comes first in <head>: a policy in <meta> governs only what follows it.
    let policy = format!(
        "{CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escape(&csp(template, story))
    );
    let mut head = String::new();
    head += &format!("<meta name=\"description\" content=\"{summary}\">\n");
    // The texts the app starts with (this page's language and the original), fetched beside the wasm.
    for l in story.languages.shown(lang, None) {
        head += &format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\" data-texts>\n",
            escape(&crate::routing::texts_href(story, at, l))
        );
    }
    let here = escape(&format!("{site}{}", at.path()));
    head += &format!("<link rel=\"canonical\" href=\"{here}\">\n");
    head += &format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\">\n",
        escape(&format!("{site}{}", crate::routing::OEMBED_FILE))
    );
    if story.languages.translated() {
        for &l in story.languages.all {
            head += &format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n", l.code(), url(l));
        }
        head +=
            &format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n", url(story.languages.original));
    }
    let site_name = article.outlet.map(|o| ("og:site_name", escape(o.get(lang))));
    head += &preview_tags(lang, &headline, &summary, &here, site_name);
    // What the page's state marks elsewhere (its selected organization, related ones, cited sentences).
    let rules = crate::components::static_page::state_rules(story, at);
    if !rules.is_empty() {
        head += &format!("<style>{}</style>\n", escape(&rules));
    }
    let mut html = template.replacen("<html>", &format!("<html lang=\"{}\">", lang.code()), 1);
    html = html.replacen(CHARSET, &policy, 1);
    html = replace_between(&html, "<title>", "</title>", &headline);
    html = html.replacen("</head>", &format!("{head}</head>"), 1);
    html.replacen("<div id=\"app\"></div>", &format!("<div id=\"app\">{}</div>", render_static_page(story, at)), 1)
}

/// What an inlined block of the template is, for [`minify_inline`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline {
    Style,
    /// A classic `<script>` (no attributes). Module scripts (Trunk's start-up, which [`compile_early`]
    /// reads) are left as they are.
    Script,
}

/// The template with the contents of each inlined `<style>` and classic `<script>` passed through
/// `minify` (the release build's minifier: see `bin/postbuild.rs`); the first error stops it.
pub fn minify_inline<E>(
    template: &str,
    mut minify: impl FnMut(Inline, &str) -> Result<String, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    loop {
        let next = [(Inline::Style, "<style>", "</style>"), (Inline::Script, "<script>", "</script>")]
            .into_iter()
            .filter_map(|(kind, open, close)| Some((rest.find(open)?, kind, open, close)))
            .min_by_key(|&(at, ..)| at);
        let Some((at, kind, open, close)) = next else { break };
        let body = at + open.len();
        let Some(end) = rest[body..].find(close).map(|i| body + i) else { break };
        out.push_str(&rest[..body]);
        out.push_str(&minify(kind, &rest[body..end])?);
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Starts fetching and compiling the wasm from the top of `<head>`, instead of when Trunk's start-up module
/// runs: a module script waits for the whole document and the first layout, and V8 then compiles each
/// function on its first call, on the main thread, while the app first renders. Compiled early, the module is ready
/// when the start-up script asks for it (measured: interactive about 26 ms sooner, 201 → 175 ms median of
/// 30 loads of `/en/`). The start-up script then takes the compiled module (or, where
/// `compileStreaming` is missing or fails, a response or the address, which wasm-bindgen handles as
/// before; and the address itself should the early script not have run), and Trunk's `preload` of the
/// wasm goes: it would fetch the file a second time. A template not in Trunk's form is returned unchanged.
pub fn compile_early(template: &str) -> String {
    const START: &str = "module_or_path: '";
    let Some(path) = template.find(START).and_then(|i| template[i + START.len()..].split('\'').next()) else {
        return template.to_string();
    };
    let preload = format!("<link rel=\"preload\" href=\"{path}\"");
    let Some((start, end)) = template.find(&preload).and_then(|i| Some((i, i + template[i..].find('>')? + 1))) else {
        return template.to_string();
    };
    if !template.contains(CHARSET) {
        return template.to_string();
    }
    let early = format!(
        "{CHARSET}\n  <script>self.explainerWasm = WebAssembly.compileStreaming \
         ? WebAssembly.compileStreaming(fetch(\"{path}\")).catch(() => fetch(\"{path}\")) : \"{path}\";</script>"
    );
    format!("{}{}", &template[..start], &template[end..])
        .replacen(&format!("{START}{path}'"), &format!("module_or_path: self.explainerWasm ?? '{path}'"), 1)
        .replacen(CHARSET, &early, 1)
}

/// The page of one event (`en/event/<id>/`): its own title, description and preview (Open Graph, Twitter)
/// for a link shared to a social network or a messenger, and at once, with or without script, the
/// explainer at that event (`../../#event-<id>`). Small, whatever the story's size: the explainer is one
/// page away.
pub fn event_page(story: &'static Story, lang: Lang, event: usize, site: &str) -> String {
    use crate::routing::{event_page_path, from_event_page};
    let e = &story.events[event];
    let strings = crate::i18n::ui(lang);
    let (headline, story_headline) = (e.headline.get(lang), story.article.headline.get(lang));
    let date = crate::i18n::format_event_date(story, e, lang);
    let description = e.text.map_or_else(
        || format!("{date}. {story_headline}"),
        |t| {
            let text = t.get(lang);
            match text.char_indices().nth(200) {
                Some((cut, _)) => format!("{date}: {}…", &text[..cut]),
                None => format!("{date}: {text}"),
            }
        },
    );
    let url = escape(&format!("{site}{}", event_page_path(story, lang, event)));
    let open = escape(&from_event_page(story, lang, event, PAGE_EVENTS));
    let (title, description) = (escape(&format!("{headline} — {story_headline}")), escape(&description));
    let image = e.media.and_then(|m| m.image).map(|i| {
        let src = if i.is_remote() { i.src.to_string() } else { format!("{site}{}", i.src) };
        ("og:image", escape(&src))
    });
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <link rel=\"canonical\" href=\"{url}\">\n{preview}\
         <meta http-equiv=\"refresh\" content=\"0; url={open}\">\n\
         <style>body{{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}}</style>\n\
         </head>\n<body>\n<main data-testid=\"event-page\">\n<p>{date_html}</p>\n<h1>{headline_html}</h1>\n\
         <p><a href=\"{open}\">{open_text}</a></p>\n</main>\n</body>\n</html>\n",
        code = lang.code(),
        preview = preview_tags(lang, &escape(headline), &description, &url, image),
        date_html = escape(&date),
        headline_html = escape(headline),
        open_text = escape(strings.open_at_event),
    )
}

/// A page's preview for social networks and messengers: Open Graph (with `extra` properties after the
/// locale) and Twitter tags, from texts already escaped for an attribute.
fn preview_tags(lang: Lang, title: &str, description: &str, url: &str, extra: Option<(&str, String)>) -> String {
    let locale = crate::i18n::ui(lang).locale;
    let mut tags = String::new();
    for (property, content) in [
        ("og:type", "article".to_string()),
        ("og:title", title.to_string()),
        ("og:description", description.to_string()),
        ("og:url", url.to_string()),
        ("og:locale", locale.to_string()),
    ]
    .into_iter()
    .chain(extra)
    {
        tags += &format!("<meta property=\"{property}\" content=\"{content}\">\n");
    }
    for (name, content) in [("twitter:card", "summary"), ("twitter:title", title), ("twitter:description", description)]
    {
        tags += &format!("<meta name=\"{name}\" content=\"{content}\">\n");
    }
    tags
}

/// The class that stands for `:target` until the browser applies it (see [`lang_script`]).
pub const AS_TARGET: &str = "as-target";

const CHARSET: &str = "<meta charset=\"utf-8\">";

/// The Content-Security-Policy: scripts only from this origin, plus the inline start-up scripts by hash;
/// images from this origin and those the story lists.
pub fn csp(template: &str, story: &Story) -> String {
    let inline: Vec<String> = inline_scripts(template).into_iter().map(|s| format!(" {}", script_hash(s))).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self' 'unsafe-inline'; img-src 'self' data:{}; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        inline.concat(),
        story.media_origins.iter().map(|o| format!(" {o}")).collect::<String>()
    )
}

/// The contents of every inline `<script>` (those without `src`).
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        if !after[..open_end].contains(" src=") {
            out.push(&after[open_end + 1..close]);
        }
        rest = &after[close + "</script>".len()..];
    }
    out
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
    match (html.find(open), html.find(close)) {
        (Some(a), Some(b)) if a < b => format!("{}{open}{with}{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    }
}

/// Text for HTML content or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// An inline script's CSP source: `'sha256-…'`, its SHA-256 in base64.
fn script_hash(script: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_is_named_by_its_sha256_in_base64() {
        // echo -n abc | openssl dgst -sha256 -binary | base64
        assert_eq!(script_hash("abc"), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
    }

    #[test]
    fn finds_inline_scripts_only() {
        let html = "<script type=\"module\">import x;</script><script src=\"a.js\"></script><script>b()</script>";
        assert_eq!(inline_scripts(html), vec!["import x;", "b()"]);
    }

    /// Trunk 0.21's start-up script and preload, as in its `index.html`.
    const TRUNK: &str = "<head>\n  <meta charset=\"utf-8\">\n<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\n\
        const wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n\
        <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\">\
        <link rel=\"preload\" href=\"/app-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head>";

    #[test]
    fn compiles_the_wasm_from_the_top_of_head() {
        let html = compile_early(TRUNK);
        let early = html.find("WebAssembly.compileStreaming(fetch(\"/app-1_bg.wasm\"))").expect("early compile");
        assert!(html.find("<meta charset").unwrap() < early && early < html.find("type=\"module\"").unwrap());
        assert!(html.contains("await init({ module_or_path: self.explainerWasm ?? '/app-1_bg.wasm' })"), "{html}");
        assert!(!html.contains("rel=\"preload\""), "no second fetch of the wasm: {html}");
        assert!(html.contains("rel=\"modulepreload\""));
        // Both inline scripts are allowed by hash.
        assert_eq!(inline_scripts(&html).len(), 2);
        assert_eq!(csp(&html, &crate::story::STORY).matches("'sha256-").count(), 2);
    }

    #[test]
    fn leaves_other_templates_alone() {
        for other in [
            "<head><meta charset=\"utf-8\"></head>",
            &TRUNK.replace("rel=\"preload\"", "rel=\"x\""),
            &TRUNK.replace("utf-8", "UTF-8"),
        ] {
            assert_eq!(compile_early(other), other);
        }
    }

    #[test]
    fn minifies_inline_styles_and_classic_scripts_only() {
        let html = "<style>.a { color: red }</style><script type=\"module\">import a</script>\
                    <p>kept</p><script>var a = 1;</script><style></style><script src=\"x.js\"></script><style>open";
        let minified = minify_inline(html, |kind, code| Ok::<_, ()>(format!("{kind:?}[{}]", code.replace(' ', ""))));
        assert_eq!(
            minified.unwrap(),
            "<style>Style[.a{color:red}]</style><script type=\"module\">import a</script>\
             <p>kept</p><script>Script[vara=1;]</script><style>Style[]</style><script src=\"x.js\"></script><style>open"
        );
        assert_eq!(minify_inline("<style>.a{}</style>", |_, _| Err("no minifier")), Err("no minifier"));
    }
}
