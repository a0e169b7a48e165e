//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app and check what it rendered.
//! Run with `make test-browser`.

#![cfg(target_arch = "wasm32")]

use explainer::components::app::{App, AppProps};
use explainer::components::StoryRef;
use explainer::model::Lang;
use explainer::story::STORY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(lang: Lang) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps { story: StoryRef(&STORY), initial_lang: lang, on_lang_change: Default::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_headline_and_every_event_in_order() {
    let root = mount(Lang::Ko).await;
    assert_eq!(text(&root, "[data-testid=headline]"), STORY.article.headline.ko);
    let items = root.query_selector_all("[data-testid=event-item]").unwrap();
    assert_eq!(items.length() as usize, STORY.events.len());
    for (i, event) in STORY.events.iter().enumerate() {
        let item = items.item(i as u32).unwrap().dyn_into::<Element>().unwrap();
        assert_eq!(item.get_attribute("data-event-id").as_deref(), Some(event.id));
        assert!(item.text_content().unwrap().contains(event.headline.ko));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn language_buttons_switch_every_text() {
    let root = mount(Lang::Ko).await;
    for lang in [Lang::En, Lang::Zh, Lang::Ko] {
        let selector = format!("[data-testid=lang-switch] button[data-lang={}]", lang.code());
        root.query_selector(&selector).unwrap().unwrap().dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        assert_eq!(text(&root, "[data-testid=headline]"), STORY.article.headline.get(lang));
        assert_eq!(text(&root, "[data-testid=event-item] h3"), STORY.events[0].headline.get(lang));
        let pressed = root.query_selector("[aria-pressed=true]").unwrap().unwrap();
        assert_eq!(pressed.get_attribute("data-lang").as_deref(), Some(lang.code()));
        let app = root.query_selector(".app").unwrap().unwrap();
        assert_eq!(app.get_attribute("lang").as_deref(), Some(lang.code()));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn inferred_and_planned_events_say_so_in_words() {
    let root = mount(Lang::En).await;
    let labels = root.query_selector_all("[data-testid=event-item] .status-label").unwrap();
    let expected = STORY.events.iter().filter(|e| e.when.status != explainer::model::Status::Stated).count();
    assert!(expected > 0);
    assert_eq!(labels.length() as usize, expected);
    let words: Vec<String> = (0..labels.length()).map(|i| labels.item(i).unwrap().text_content().unwrap()).collect();
    assert!(words.iter().all(|w| w == "Inferred" || w == "Planned"), "{words:?}");
    root.remove();
}
