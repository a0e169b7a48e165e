//! The prerendered pages: each language's HTML is the whole explainer (checked against the data): a step
//! for the title and each event, linked to their neighbours, every organization's details, the article;
//! its head tags and a strict Content-Security-Policy over every inline script.

#![cfg(not(target_arch = "wasm32"))]

use explainer::components::static_page::state_rules;
use explainer::model::{Lang, Story};
use explainer::prerender::{csp, escape, event_page, page, pages, render_static_page, PAGE_EVENTS};
use explainer::routing::{page_path, Page};
use explainer::story::{fixtures, FIXTURE, STORY};

const TEMPLATE: &str = include_str!("../index.html");

/// This build's story and every fixture: the engine's checks hold for each.
fn stories() -> [&'static Story; 7] {
    [
        &fixtures::imported::STORY,
        &STORY,
        &fixtures::seoul_beijing::STORY,
        &fixtures::second_story::STORY,
        &fixtures::one_language::STORY,
        &fixtures::korean_english::STORY,
        &fixtures::japanese_english::STORY,
    ]
}

/// The language's own page (part 0) of a story whose original is `original`.
fn first_of(story: &Story, lang: Lang) -> Page {
    Page { lang, original: story.languages.original, part: 0, size: PAGE_EVENTS }
}

/// The language's own page of the second story (Korean, English and Chinese, Korean the original).
fn first(lang: Lang) -> Page {
    first_of(&FIXTURE, lang)
}
const SITE: &str = "https://news.example/explainer/";

#[test]
fn each_language_page_holds_the_whole_story() {
    for story in stories() {
        for &lang in story.languages.all {
            holds_the_whole_story(story, lang);
        }
    }
}

fn holds_the_whole_story(story: &'static Story, lang: Lang) {
    {
        let html = page(TEMPLATE, story, first_of(story, lang), SITE);
        let has = |text: &str| html.contains(&escape(text));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())), "{lang:?}");
        assert!(html.contains(&format!("<title>{}</title>", escape(story.article.headline.get(lang)))));
        assert!(story.article.summary.is_none_or(|s| has(s.get(lang))), "the intro");
        // The language's own page holds the first PAGE_EVENTS steps (a longer story goes on on parts).
        for (i, event) in story.events.iter().enumerate().take(PAGE_EVENTS) {
            let step = step_of(&html, event.id);
            // Its step links to the steps beside it (the title before the first; itself after the last).
            let before = if i == 0 { "#timeline".to_string() } else { format!("#event-{}", story.events[i - 1].id) };
            let after = format!("#event-{}", story.events[(i + 1).min(story.events.len() - 1)].id);
            assert!(
                step.contains("data-testid=\"prev-event\"") && step.contains(&format!("href=\"{before}\"")),
                "{}",
                event.id
            );
            assert!(step.contains(&after), "{} links on", event.id);
            assert!(
                step.contains(&format!("data-testid=\"event-card\" data-event-id=\"{}\"", event.id)),
                "{}'s card",
                event.id
            );
            assert!(
                has(event.headline.get(lang)) && event.text.is_none_or(|t| t.get(lang).split("\n\n").all(has)),
                "{} in {lang:?}",
                event.id
            );
            for &s in event.sources {
                let original = story.languages.original;
                assert!(has(story.article.sentences[s as usize].text.get(original)), "source of {}", event.id);
            }
            assert!(html.contains(&format!("href=\"#event-{}\"", event.id)), "{} has a marker link", event.id);
        }
        for org in story.organizations {
            assert!(has(org.name.get(lang)), "{} in the org chart", org.id);
            assert!(html.contains(&format!("href=\"#node-{}\"", org.id)), "{} links to its details", org.id);
            assert!(html.contains(&format!("<section id=\"node-{}\"", org.id)), "{}'s details", org.id);
        }
        // The title's step, the article view and the views' targets, where the story has them.
        assert!(html.contains("data-step=\"default\""));
        assert_eq!(html.contains("<section id=\"view-article\""), story.has_article());
        assert_eq!(html.contains("data-testid=\"org-chart\""), story.has_org_chart());
        assert_eq!(html.contains("data-testid=\"view-switch\""), story.has_org_chart() || story.has_article());
        for view in ["timeline", "org", "both"] {
            assert_eq!(
                html.contains(&format!("id=\"view-{view}\"")),
                view == "timeline" || story.has_org_chart(),
                "{view}"
            );
        }
        if !story.has_article() {
            assert!(!html.contains("data-testid=\"sources\"") && !html.contains("data-testid=\"source-link\""));
        }
        // Nothing of the old second copy, and no tree roles without the keys that go with them.
        assert!(!html.contains("<noscript>") && !html.contains("role=\"tree\""));
    }
}

/// The HTML of the static step of the event `id`.
fn step_of<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("id=\"event-{id}\"")).unwrap_or_else(|| panic!("{id} has a step"));
    let own = start + html[start..].find("class=\"timeline-step\"").unwrap() + 1;
    let end = html[own..].find("class=\"timeline-step\"").map_or(html.len(), |e| own + e);
    &html[start..end]
}

#[test]
fn each_event_has_a_page_that_previews_it_and_opens_the_explainer_at_it() {
    for story in stories() {
        for &lang in story.languages.all {
            for (i, event) in story.events.iter().enumerate() {
                let html = event_page(story, lang, i, SITE);
                let url = format!("{SITE}{}", explainer::routing::event_page_path(story, lang, i));
                assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
                assert!(html.contains(&format!(
                    "<meta property=\"og:title\" content=\"{}\">",
                    escape(event.headline.get(lang))
                )));
                assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{}\">", escape(&url))));
                assert!(html.contains(&format!("<meta property=\"og:url\" content=\"{}\">", escape(&url))));
                let open = escape(&explainer::routing::from_event_page(story, lang, i, PAGE_EVENTS));
                assert!(open.ends_with(&format!("#event-{}", event.id)));
                assert!(html.contains(&format!("<meta http-equiv=\"refresh\" content=\"0; url={open}\">")));
                assert!(html.contains(&format!("<a href=\"{open}\">")));
                assert!(!html.contains("<script"), "no script on an event's page");
            }
        }
    }
    // Markup in the data stays text (the second story has some).
    for (i, _) in FIXTURE.events.iter().enumerate() {
        let html = event_page(&FIXTURE, Lang::En, i, SITE);
        assert!(!html.contains("<img") && !html.contains("<b>"), "{html}");
    }
}

#[test]
fn media_eras_groups_and_dates_of_an_imported_story() {
    let story = &fixtures::imported::STORY;
    let html = page(TEMPLATE, story, first_of(story, Lang::En), SITE);
    // The story's own image, with its size and lazily, from the site's root; a video as a link, never a frame.
    let lighthouse = step_of(&html, "lighthouse-1851");
    assert!(lighthouse.contains("src=\"./media/lighthouse.png\""), "{lighthouse}");
    assert!(lighthouse.contains("loading=\"lazy\"") && lighthouse.contains("width=\"120\" height=\"180\""));
    assert!(lighthouse.contains("alt=\"A drawing of a tall white lighthouse on rocks\""));
    assert!(lighthouse.contains("Jun 1, 1851 – September 1852"), "the span of an event that lasted");
    let ferry = step_of(&html, "the-steam-ferry-s-first-crossing");
    assert!(ferry.contains("href=\"https://www.youtube.com/watch?v=abc123\"") && ferry.contains("View on youtube.com"));
    assert!(!html.contains("<iframe"));
    // An image on an origin the story does not list is a link, and the CSP names no other origin.
    let quay = step_of(&html, "a-photo-on-another-site");
    assert!(!quay.contains("<img") && quay.contains("href=\"https://photos.example.net/quay.jpg\""));
    assert!(csp(TEMPLATE, story).contains("img-src 'self' data:;"));
    // Dates before the common era, the author's own wording, eras on the axis, groups on the cards.
    assert!(step_of(&html, "roman-customs-post").contains("March 44 BCE"));
    assert!(step_of(&html, "landing").contains("c. 1200 BCE"));
    assert!(html.contains("class=\"era-label\">Bronze and Iron Ages<"));
    assert!(step_of(&html, "landing").contains("data-testid=\"event-group\""));
    // Nothing of the source's HTML.
    assert!(!html.contains("alert(") && !html.contains("javascript:"));
    // No org chart, no article: no state to mark, and no empty stylesheet for it.
    assert!(!html.contains("<style></style>"));
}

#[test]
fn the_policy_names_the_origins_a_story_lists() {
    // A story that lists an origin: the imported story, which lists none, with one added.
    let mut story = fixtures::imported::STORY;
    story.media_origins = &["https://photos.example.net"];
    assert!(csp(TEMPLATE, &story).contains("img-src 'self' data: https://photos.example.net;"));
}

#[test]
fn every_inline_script_is_allowed_by_hash_and_the_language_is_decided_first() {
    let html = page(TEMPLATE, &FIXTURE, first(Lang::En), SITE);
    let scripts = html.matches("<script>").count() + html.matches("<script type=\"module\">").count();
    let policy = &html[html.find("Content-Security-Policy").unwrap()..];
    let policy = &policy[..policy.find('>').unwrap()];
    assert_eq!(policy.matches("'sha256-").count(), scripts, "{policy}");
    // The language script is the first script: nothing is fetched or painted before it has decided.
    let first = &html[html.find("<script").unwrap()..];
    assert!(
        first.starts_with("<script>(function(){try{var pages={\"ko\":\"\",\"en\":\"en/\",\"zh\":\"zh/\"},here=\"en\""),
        "{}",
        &first[..200]
    );
}

#[test]
fn head_tags_link_the_languages() {
    let html = page(TEMPLATE, &FIXTURE, first(Lang::En), SITE);
    assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/explainer/en/\">"));
    for &lang in FIXTURE.languages.all {
        let href = format!("https://news.example/explainer/{}", page_path(lang, Lang::Ko));
        assert!(html.contains(&format!("hreflang=\"{}\" href=\"{href}\"", lang.code())), "{lang:?}");
    }
    assert!(html.contains("hreflang=\"x-default\" href=\"https://news.example/explainer/\""));
    // The oEmbed answer by its address, right for a site in a folder of its host.
    assert!(html.contains(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/explainer/oembed.json\">"
    ));
    assert_eq!(html.matches("application/json+oembed").count(), 1);
    assert!(!html.contains("hreflang=\"ja\""), "only the story's languages");
    assert!(html.contains("<meta property=\"og:locale\" content=\"en_US\">"));
    assert!(html.contains(&format!(
        "<meta property=\"og:title\" content=\"{}\">",
        escape(FIXTURE.article.headline.get(Lang::En))
    )));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(html.contains(&format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(FIXTURE.article.summary.unwrap().get(Lang::En))
    )));
    // The texts the app starts with are asked for at once: this page's language and the original's.
    for lang in ["en", "ko"] {
        let file = format!("text/{lang}.{}.json", FIXTURE.texts.version);
        assert!(
            html.contains(&format!(
                "<link rel=\"preload\" href=\"../{file}\" as=\"fetch\" crossorigin=\"anonymous\" data-texts>"
            )),
            "{file}"
        );
    }
    assert!(!html.contains("text/zh."), "not the others");
}

#[test]
fn a_story_in_one_language_links_no_other() {
    let story = &fixtures::one_language::STORY;
    let html = page(TEMPLATE, story, first_of(story, Lang::En), SITE);
    assert!(
        html.contains("<html lang=\"en\">")
            && html.contains("<link rel=\"canonical\" href=\"https://news.example/explainer/\">")
    );
    assert!(!html.contains("hreflang") && !html.contains("data-testid=\"lang-switch\""));
    assert!(!html.contains("data-testid=\"lang2-toggle\""), "no side by side");
    assert_eq!(pages(story, Lang::En).map(|p| p.path()).collect::<Vec<_>>(), [""], "the root page is English");
}

#[test]
fn the_original_is_the_root_page_and_comes_first() {
    let story = &fixtures::japanese_english::STORY;
    let root = page(TEMPLATE, story, first_of(story, Lang::Ja), SITE);
    assert!(root.contains("<html lang=\"ja\">") && root.contains("<meta property=\"og:locale\" content=\"ja_JP\">"));
    assert!(root.contains("hreflang=\"x-default\" href=\"https://news.example/explainer/\""));
    assert!(root.contains("hreflang=\"en\" href=\"https://news.example/explainer/en/\""));
    // The switch offers the story's two languages, the original first, and nothing else.
    let switch = &root[root.find("data-testid=\"lang-switch\"").unwrap()..];
    let switch = &switch[..switch.find("</div>").unwrap()];
    assert_eq!(switch.matches("data-lang=").count(), 2, "{switch}");
    assert!(switch.find("data-lang=\"ja\"") < switch.find("data-lang=\"en\""));
    // The English page shows each source sentence in Japanese, labelled as the original, then in English.
    let en = page(TEMPLATE, story, first_of(story, Lang::En), SITE);
    let sources = &en[en.find("class=\"source-list\"").unwrap()..];
    let (ja, english) = (sources.find("lang=\"ja\"").unwrap(), sources.find("lang=\"en\"").unwrap());
    assert!(ja < english && sources[ja..english].contains("original-label"), "{}", &sources[..600]);
    // Dates in Japanese style.
    assert!(root.contains("2024年4月1日 午後2:15（日本時間、UTC+9）"), "the date of the line's opening");
}

#[test]
fn the_policy_allows_no_inline_or_eval_and_comes_first() {
    let template = TEMPLATE.replace("</head>", "<script type=\"module\">import init from '/app.js';</script></head>");
    let policy = csp(&template, &STORY);
    let script_src = policy.split(';').find(|d| d.trim_start().starts_with("script-src")).unwrap();
    assert!(
        !script_src.contains("'unsafe-inline'") && !script_src.contains("'unsafe-eval'") && !script_src.contains('*')
    );
    assert!(script_src.contains("'wasm-unsafe-eval'") && script_src.contains("'sha256-"));
    let html = page(&template, &FIXTURE, first(Lang::Ko), SITE);
    let meta = html.find("Content-Security-Policy").unwrap();
    assert!(meta < html.find("<script").unwrap(), "the policy precedes every script");
}

#[test]
fn text_from_the_data_is_escaped() {
    let html = page(TEMPLATE, &FIXTURE, first(Lang::En), SITE);
    assert!(html.contains("Harbour festival &lt;b&gt;test&lt;/b&gt;"));
    assert!(!html.contains("<script>alert(1)</script>"));
}

#[test]
fn a_long_story_goes_on_on_parts_that_link_to_each_other() {
    let story = &FIXTURE;
    assert!(story.events.len() >= 3, "the fixture has events for three parts of one");
    assert_eq!(pages(story, Lang::En).count(), 1, "a short story is one page");
    let at = |part| Page { lang: Lang::En, original: Lang::Ko, part, size: 1 };
    let first = render_static_page(story, at(0));
    let second = render_static_page(story, at(1));
    let (e0, e1, e2) = (story.events[0].id, story.events[1].id, story.events[2].id);
    // The first page: the title and the first event's step; its Next leads to the part holding the second.
    assert!(first.contains("data-step=\"default\"") && first.contains(&format!("id=\"event-{e0}\"")));
    assert!(!first.contains(&format!("id=\"event-{e1}\"")));
    assert!(first.contains(&format!("href=\"../en/part-1/#event-{e1}\"")), "Next across the pages");
    assert!(first.contains("class=\"org-view\"") && first.contains("id=\"view-article\""));
    // A part: its own step (shown by default), links back and on, and no second copy of the chart or article.
    assert!(second.contains(&format!("id=\"event-{e1}\" data-step=\"default\"")), "{}", &second[..300]);
    assert!(second.contains(&format!("href=\"../../en/#event-{e0}\"")), "Previous across the pages");
    assert!(second.contains(&format!("href=\"../../en/part-2/#event-{e2}\"")), "Next across the pages");
    assert!(second.contains("href=\"../../en/#view-org\""), "the views are on the first page");
    assert!(!second.contains("class=\"org-view\"") && !second.contains("class=\"article-view\""));
    assert!(!second.contains("id=\"view-org\""));
}

#[test]
fn a_part_moves_to_the_same_part_in_another_language_and_stays_on_this_origin() {
    let script = explainer::prerender::lang_script(
        &FIXTURE,
        Page { lang: Lang::En, original: Lang::Ko, part: 3, size: PAGE_EVENTS },
    );
    assert!(
        script.contains(r#"var pages={"ko":"part-3/","en":"en/part-3/","zh":"zh/part-3/"},here="en",root=false;"#),
        "{script}"
    );
    assert!(explainer::prerender::lang_script(&FIXTURE, first(Lang::Ko)).contains("root=true;"));
    // The address it moves to is built from this page's own protocol and host: never protocol-relative.
    assert!(script.contains(r#"location.replace(location.protocol+"//"+location.host+"/"+"#), "{script}");
}

/// Every `:has()` argument, in the stylesheets and in the rules a static page writes for its state, ends in
/// a compound that names a class, an id, an attribute or an element. One that ends in a pseudo-class alone
/// (`.article-view :target`) makes Chromium check its anchor again for every element the parser inserts:
/// at 10,000 events that was 40 ms of style work before the app could take over.
#[test]
fn has_arguments_end_in_a_class_an_id_or_an_element() {
    let mut sheets: Vec<(String, String)> = ["static", "components", "base", "tokens"]
        .iter()
        .map(|name| {
            let file = format!("styles/{name}.css");
            let css = std::fs::read_to_string(&file).unwrap();
            (file, css)
        })
        .collect();
    for story in stories() {
        let rules = state_rules(story, first_of(story, story.languages.original));
        sheets.push((format!("{}'s state rules", story.article.id), rules));
    }
    assert!(sheets.iter().filter(|(_, css)| css.contains(":has(")).count() > 6, "too few state rules read");
    let mut checked = 0;
    for (name, css) in &sheets {
        let css = without_comments(css);
        for (at, _) in css.match_indices(":has(") {
            let argument = inside_parentheses(&css[at + ":has".len()..]);
            for alternative in split_top_level(argument, |c| c == ',') {
                assert!(named(last_compound(alternative)), "{name}: :has({argument}) ends in a pseudo-class alone");
                checked += 1;
            }
        }
    }
    assert!(checked > 10, "only {checked} :has() arguments found");
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out + rest
}

/// What is between the opening parenthesis `text` starts with and the one that closes it.
fn inside_parentheses(text: &str) -> &str {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 1 => return &text[1..i],
            ')' => depth -= 1,
            _ => {}
        }
    }
    panic!("unbalanced: {text}")
}

/// `text` cut at each character `split` accepts outside parentheses.
fn split_top_level(text: &str, split: impl Fn(char) -> bool) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if depth == 0 && split(c) => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// The last compound of a complex selector (after its last combinator).
fn last_compound(selector: &str) -> &str {
    split_top_level(selector, |c| c.is_whitespace() || matches!(c, '>' | '+' | '~')).pop().unwrap_or_default()
}

/// Whether a compound names a class, id, attribute or element: itself, or in each alternative of an `:is()`.
fn named(compound: &str) -> bool {
    if compound.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return true;
    }
    let mut depth = 0;
    for (i, c) in compound.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '.' | '#' | '[' if depth == 0 => return true,
            ':' if depth == 0
                && compound[i..].starts_with(":is(")
                && split_top_level(inside_parentheses(&compound[i + ":is".len()..]), |c| c == ',')
                    .iter()
                    .all(|alternative| named(last_compound(alternative))) =>
            {
                return true;
            }
            _ => {}
        }
    }
    false
}
