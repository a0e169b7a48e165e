//! The prerendered pages: each language's HTML holds the whole story (checked against the data), its head
//! tags and a strict Content-Security-Policy.

#![cfg(not(target_arch = "wasm32"))]

use explainer::model::Lang;
use explainer::prerender::{csp, escape, page, page_path};
use explainer::story::STORY;

const TEMPLATE: &str = include_str!("../index.html");
const SITE: &str = "https://news.example/explainer/";

#[test]
fn each_language_page_holds_the_whole_story() {
    for lang in Lang::ALL {
        let html = page(TEMPLATE, &STORY, lang, SITE);
        let has = |text: &str| html.contains(&escape(text));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())), "{lang:?}");
        assert!(html.contains(&format!("<title>{}</title>", escape(STORY.article.headline.get(lang)))));
        assert!(has(STORY.article.summary.get(lang)), "the intro");
        for event in STORY.events {
            assert!(html.contains(&format!("id=\"event-{}\"", event.id)), "{} has an anchor", event.id);
            assert!(has(event.headline.get(lang)) && has(event.text.get(lang)), "{} in {lang:?}", event.id);
            for &s in event.sources {
                assert!(has(STORY.article.sentences[s as usize].text.ko), "source of {}", event.id);
            }
            assert!(html.contains(&format!("href=\"#event-{}\"", event.id)), "{} has a marker link", event.id);
        }
        for org in STORY.organizations {
            assert!(has(org.name.get(lang)), "{} in the org chart", org.id);
        }
        // The org chart is nested lists.
        assert!(html.contains("role=\"tree\"") && html.contains("role=\"group\""));
    }
}

#[test]
fn head_tags_link_the_languages() {
    let html = page(TEMPLATE, &STORY, Lang::En, SITE);
    assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/explainer/en/\">"));
    for lang in Lang::ALL {
        let href = format!("https://news.example/explainer/{}", page_path(lang));
        assert!(html.contains(&format!("hreflang=\"{}\" href=\"{href}\"", lang.code())), "{lang:?}");
    }
    assert!(html.contains("hreflang=\"x-default\""));
    assert!(html.contains("<meta property=\"og:locale\" content=\"en_US\">"));
    assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{}\">", escape(STORY.article.headline.en))));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(html.contains(&format!("<meta name=\"description\" content=\"{}\">", escape(STORY.article.summary.en))));
}

#[test]
fn the_policy_allows_no_inline_or_eval_and_comes_first() {
    let template = TEMPLATE.replace("</head>", "<script type=\"module\">import init from '/app.js';</script></head>");
    let policy = csp(&template);
    let script_src = policy.split(';').find(|d| d.trim_start().starts_with("script-src")).unwrap();
    assert!(
        !script_src.contains("'unsafe-inline'") && !script_src.contains("'unsafe-eval'") && !script_src.contains('*')
    );
    assert!(script_src.contains("'wasm-unsafe-eval'") && script_src.contains("'sha256-"));
    let html = page(&template, &STORY, Lang::Ko, SITE);
    let meta = html.find("Content-Security-Policy").unwrap();
    assert!(meta < html.find("<script").unwrap(), "the policy precedes every script");
}

#[test]
fn text_from_the_data_is_escaped() {
    let html = page(TEMPLATE, &explainer::story::FIXTURE, Lang::En, SITE);
    assert!(html.contains("Harbour festival &lt;b&gt;test&lt;/b&gt;"));
    assert!(!html.contains("<script>alert(1)</script>"));
}
