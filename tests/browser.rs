//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app, act on it like a reader, and
//! check what it rendered. Run with `make test-browser`.

#![cfg(target_arch = "wasm32")]

use explainer::components::app::{App, AppProps};
use explainer::components::StoryRef;
use explainer::model::{Lang, Status, Story};
use explainer::routing::Route;
use explainer::state::Action;
use explainer::story::{fixtures, FIXTURE};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app and the element it renders into.
struct Mounted {
    root: Element,
    handle: yew::AppHandle<App>,
}

impl Mounted {
    async fn new(story: &'static Story, lang: Lang, lang2: Option<Lang>, event: Option<usize>) -> Mounted {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let startup = vec![Action::SetLang2(lang2), Action::Route(event.map_or(Route::Title, Route::Event))];
        let props = AppProps {
            story: StoryRef(story),
            lang,
            startup: Rc::new(startup),
            page_url: "https://example.org/explainer/".into(),
        };
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Mounted { root, handle }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| panic!("no {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    fn count(&self, selector: &str) -> usize {
        self.root.query_selector_all(selector).unwrap().length() as usize
    }

    async fn click(&self, selector: &str) {
        self.get(selector).dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }

    async fn key(&self, selector: &str, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.get(selector).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    fn card_event(&self) -> Option<String> {
        self.find("[data-testid=event-card]").and_then(|card| card.get_attribute("data-event-id"))
    }

    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn starts_on_the_title_card_and_steps_through_every_event() {
    let app = Mounted::new(&FIXTURE, Lang::En, None, None).await;
    assert_eq!(app.text("[data-testid=headline]"), FIXTURE.article.headline.get(Lang::En));
    assert!(app.find("[data-testid=intro]").is_some());
    assert_eq!(app.get("[data-testid=prev-event]").get_attribute("aria-disabled").as_deref(), Some("true"));
    for event in FIXTURE.events {
        app.click("[data-testid=next-event]").await;
        assert_eq!(app.card_event().as_deref(), Some(event.id));
        assert!(app.text("[data-testid=event-card] h2").contains(event.headline.get(Lang::En)));
    }
    assert_eq!(app.get("[data-testid=next-event]").get_attribute("aria-disabled").as_deref(), Some("true"));
    app.click("[data-testid=next-event]").await;
    assert_eq!(app.card_event().as_deref(), Some(FIXTURE.events[FIXTURE.events.len() - 1].id));
    for _ in FIXTURE.events {
        app.click("[data-testid=prev-event]").await;
    }
    assert!(app.find("[data-testid=intro]").is_some(), "prev from the first event returns to the title card");
    app.unmount();
}

#[wasm_bindgen_test]
async fn one_marker_per_event_and_a_click_selects() {
    let app = Mounted::new(&FIXTURE, Lang::Ko, None, None).await;
    assert_eq!(app.count("[data-testid=timeline-marker]"), FIXTURE.events.len());
    let last = FIXTURE.events[FIXTURE.events.len() - 1].id;
    app.click(&format!("[data-testid=timeline-marker][data-event-id={last}]")).await;
    assert_eq!(app.card_event().as_deref(), Some(last));
    let marker = app.get(&format!("[data-testid=timeline-marker][data-event-id={last}]"));
    assert_eq!(marker.get_attribute("aria-current").as_deref(), Some("step"));
    assert_eq!(app.count("[aria-current=step]"), 1);
    app.unmount();
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_and_focus_follows_on_markers() {
    let app = Mounted::new(&FIXTURE, Lang::En, None, Some(0)).await;
    let first = FIXTURE.events[0].id;
    let marker = |id: &str| format!("[data-testid=timeline-marker][data-event-id={id}]");
    app.get(&marker(first)).dyn_into::<HtmlElement>().unwrap().focus().unwrap();
    app.key(&marker(first), "ArrowRight").await;
    assert_eq!(app.card_event().as_deref(), Some(FIXTURE.events[1].id));
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-event-id").as_deref(), Some(FIXTURE.events[1].id));
    app.key(&marker(FIXTURE.events[1].id), "End").await;
    let last = FIXTURE.events[FIXTURE.events.len() - 1].id;
    assert_eq!(app.card_event().as_deref(), Some(last));
    app.key(&marker(last), "Home").await;
    assert_eq!(app.card_event().as_deref(), Some(first));
    app.key("[data-testid=event-card]", "ArrowLeft").await;
    assert!(app.find("[data-testid=intro]").is_some());
    app.unmount();
}

#[wasm_bindgen_test]
async fn the_day_opens_from_its_cluster_and_zooms_back_out() {
    let app = Mounted::new(&FIXTURE, Lang::En, None, None).await;
    assert_eq!(app.get("[data-testid=timeline]").get_attribute("data-scale").as_deref(), Some("history"));
    app.click("[data-testid=timeline-cluster]").await;
    assert_eq!(app.get("[data-testid=timeline]").get_attribute("data-scale").as_deref(), Some("day"));
    let day_first = FIXTURE.events.iter().position(|e| e.when.date.time.is_some()).unwrap();
    assert_eq!(app.card_event().as_deref(), Some(FIXTURE.events[day_first].id));
    assert!(app.find("[data-axis=day]:not([hidden]) [data-testid=timeline-marker]").is_some());
    app.click("[data-testid=zoom]").await;
    assert_eq!(app.get("[data-testid=timeline]").get_attribute("data-scale").as_deref(), Some("history"));
    assert_eq!(app.card_event().as_deref(), Some(FIXTURE.events[day_first].id), "zooming out keeps the event");
    app.unmount();
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_event_and_translates_everything() {
    let app = Mounted::new(&FIXTURE, Lang::Ko, None, Some(3)).await;
    for lang in [Lang::En, Lang::Zh, Lang::Ko] {
        app.click(&format!("[data-testid=lang-switch] button[data-lang={}]", lang.code())).await;
        assert_eq!(app.card_event().as_deref(), Some(FIXTURE.events[3].id));
        assert_eq!(app.text("[data-testid=headline]"), FIXTURE.article.headline.get(lang));
        assert_eq!(app.text("[data-testid=event-card] h2"), FIXTURE.events[3].headline.get(lang));
        assert_eq!(app.get(".app").get_attribute("lang").as_deref(), Some(lang.code()));
        assert_eq!(app.get("[aria-pressed=true][data-lang]").get_attribute("data-lang").as_deref(), Some(lang.code()));
    }
    app.unmount();
}

#[wasm_bindgen_test]
async fn side_by_side_shows_both_languages_marked_with_lang() {
    let app = Mounted::new(&FIXTURE, Lang::En, Some(Lang::Ko), Some(2)).await;
    let secondary = app.get("[data-testid=event-card] h2 .secondary");
    assert_eq!(secondary.get_attribute("lang").as_deref(), Some("ko"));
    assert_eq!(secondary.text_content().unwrap(), FIXTURE.events[2].headline.get(Lang::Ko));
    assert!(app.count("[data-testid=event-card] .secondary[lang=ko]") >= 2);
    app.click("[data-testid=lang2-toggle]").await;
    assert_eq!(app.count("[data-testid=event-card] .secondary"), 0);
    app.click("[data-testid=lang2-toggle]").await;
    assert!(app.count("[data-testid=event-card] .secondary[lang=ko]") >= 2);
    app.unmount();
}

#[wasm_bindgen_test]
async fn sources_show_the_original_beside_the_translation() {
    let app = Mounted::new(&FIXTURE, Lang::Zh, None, Some(0)).await;
    assert!(app.get("[data-testid=sources]").has_attribute("hidden"));
    app.click("[data-testid=sources-toggle]").await;
    assert!(!app.get("[data-testid=sources]").has_attribute("hidden"));
    assert_eq!(app.get("[data-testid=sources-toggle]").get_attribute("aria-expanded").as_deref(), Some("true"));
    let sentence = &FIXTURE.article.sentences[FIXTURE.events[0].sources[0] as usize];
    assert!(app.text("[data-testid=sources] .source p[lang=ko]").ends_with(sentence.text.get(Lang::Ko)));
    assert_eq!(app.text("[data-testid=sources] .source p[lang=zh]"), sentence.text.get(Lang::Zh));
    app.unmount();
}

#[wasm_bindgen_test]
async fn inferred_and_planned_events_say_so_in_words() {
    let app = Mounted::new(&FIXTURE, Lang::En, None, None).await;
    for (i, event) in FIXTURE.events.iter().enumerate() {
        let marker = app.get(&format!("[data-testid=timeline-marker][data-index=\"{i}\"]"));
        let label = marker.get_attribute("aria-label").unwrap();
        match event.when.status {
            Status::Stated => assert!(!label.contains("Inferred") && !label.contains("Planned"), "{label}"),
            Status::Inferred => assert!(label.ends_with("(Inferred)"), "{label}"),
            Status::Planned => assert!(label.ends_with("(Planned)"), "{label}"),
        }
    }
    app.unmount();
}

#[wasm_bindgen_test]
async fn another_story_renders_with_the_same_engine_and_text_stays_text() {
    let app = Mounted::new(&FIXTURE, Lang::En, None, None).await;
    assert_eq!(app.text("[data-testid=headline]"), "Harbour festival <b>test</b>");
    assert!(app.find("[data-testid=headline] b").is_none(), "markup in data is shown, not parsed");
    assert_eq!(app.count("[data-testid=timeline-marker]"), FIXTURE.events.len());
    for event in FIXTURE.events {
        app.click("[data-testid=next-event]").await;
        assert_eq!(app.card_event().as_deref(), Some(event.id));
    }
    assert!(app.find("script").is_none());
    // The concert's text carries an <img onerror>, bidi controls and a javascript: string: all shown as text.
    let concert = FIXTURE.events.iter().position(|e| e.id == "concert").unwrap();
    app.click(&format!("[data-testid=timeline-marker][data-index=\"{concert}\"]")).await;
    assert_eq!(app.text("[data-testid=event-card] .card-text"), FIXTURE.events[concert].text.unwrap().get(Lang::En));
    assert!(app.text("[data-testid=event-card] .card-text").contains("<img src=x onerror=alert(1)>"));
    assert!(app.find("img").is_none() && app.find("a[href^=javascript]").is_none());
    app.unmount();
}

#[wasm_bindgen_test]
async fn selecting_an_organization_highlights_its_events_and_an_event_highlights_its_organizations() {
    let app = Mounted::new(&FIXTURE, Lang::En, None, None).await;
    let board = FIXTURE.organization_index("festival-board").unwrap();
    app.click(&format!("[data-testid=org-node][data-index=\"{board}\"] > .org-box")).await;
    assert_eq!(
        app.get(&format!("[data-testid=org-node][data-index=\"{board}\"]")).get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    let lit: Vec<String> = (0..FIXTURE.events.len())
        .filter(|i| {
            app.get(&format!("[data-testid=timeline-marker][data-index=\"{i}\"]")).has_attribute("data-highlighted")
        })
        .map(|i| FIXTURE.events[i].id.to_string())
        .collect();
    assert_eq!(lit, vec!["parade", "concert"]);
    // Choosing one of those events marks the organizations it involves.
    app.click("[data-testid=org-event]").await;
    assert_eq!(app.card_event().as_deref(), Some("parade"));
    let event = &FIXTURE.events[FIXTURE.event_index("parade").unwrap()];
    assert_eq!(app.count("[data-testid=org-node][data-highlighted]"), event.organizations.len());
    app.unmount();
}

#[wasm_bindgen_test]
async fn an_organization_in_the_event_card_selects_its_node() {
    let app = Mounted::new(&FIXTURE, Lang::Zh, None, Some(1)).await;
    let org = app.get("[data-testid=event-org]").get_attribute("data-node-id").unwrap();
    app.click("[data-testid=event-org]").await;
    let node = app.get(&format!("[data-testid=org-node][data-node-id={org}]"));
    assert_eq!(node.get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(app.get("[data-testid=org-details]").get_attribute("data-node-id"), Some(org));
    app.unmount();
}

#[wasm_bindgen_test]
async fn nodes_collapse_and_expand() {
    let story = &fixtures::japanese_english::STORY;
    let app = Mounted::new(story, Lang::En, None, None).await;
    let all = app.count("[data-testid=org-node]");
    assert_eq!(all, story.organizations.len());
    app.click("[data-node-id=city] .twisty").await;
    assert_eq!(app.count("[data-testid=org-node]"), all - 1);
    assert_eq!(app.get("[data-node-id=city]").get_attribute("aria-expanded").as_deref(), Some("false"));
    app.click("[data-testid=expand-all]").await;
    assert_eq!(app.count("[data-testid=org-node]"), all);
    app.click("[data-testid=collapse-all]").await;
    assert_eq!(app.count("[data-testid=org-node]"), 1);
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_story_offers_its_own_languages_with_its_original_first() {
    let story = &fixtures::japanese_english::STORY;
    let app = Mounted::new(story, Lang::En, None, Some(1)).await;
    let offered: Vec<String> = (0..app.count("[data-testid=lang-switch] [data-lang]"))
        .map(|i| {
            app.get(&format!("[data-testid=lang-switch] [data-lang]:nth-child({})", i + 1))
                .get_attribute("data-lang")
                .unwrap()
        })
        .collect();
    assert_eq!(offered, ["ja", "en"]);
    assert_eq!(app.text("[data-testid=lang2-toggle] .lang2-full"), "Side by side with 日本語");
    app.click("[data-testid=sources-toggle]").await;
    assert!(app.text("[data-testid=sources] .source p[lang=ja]").starts_with("Original"), "the original, labelled");
    assert_eq!(app.count("[data-testid=sources] .source p"), 2);
    app.click("[data-testid=lang-switch] button[data-lang=ja]").await;
    assert_eq!(app.text("[data-testid=event-card] .card-date time"), "2024年4月1日 午後2:15（日本時間、UTC+9）");
    assert_eq!(app.text("[data-testid=next-event] .step-text"), "次へ");
    app.unmount();
    // A story in one language: no switch, no side by side, and its sentences unlabelled.
    let story = &fixtures::one_language::STORY;
    let app = Mounted::new(story, Lang::En, None, Some(0)).await;
    assert!(app.find("[data-testid=lang-switch]").is_none() && app.find("[data-testid=lang2-toggle]").is_none());
    app.click("[data-testid=sources-toggle]").await;
    assert!(app.find("[data-testid=sources] .original-label").is_none());
    assert_eq!(app.count("[data-testid=sources] .source p"), 1);
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_failure_leaves_a_notice_in_the_readers_language_above_the_page() {
    let app = Mounted::new(&FIXTURE, Lang::Zh, None, None).await;
    explainer::browser::show_failure(Lang::Zh);
    explainer::browser::show_failure(Lang::Zh);
    let document = gloo::utils::document();
    let notices = document.query_selector_all("[data-testid=app-failure]").unwrap();
    assert_eq!(notices.length(), 1, "shown once");
    let notice = document.get_element_by_id("app-failure").unwrap();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(notice.get_attribute("lang").as_deref(), Some("zh"));
    assert_eq!(notice.text_content().unwrap(), explainer::i18n::ui(Lang::Zh).failure);
    assert_eq!(app.text("[data-testid=headline]"), FIXTURE.article.headline.get(Lang::Zh), "the page stays");
    notice.remove();
    app.unmount();
}
