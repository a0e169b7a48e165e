//! The browser entry point: picks the language and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use explainer::browser;
    use explainer::components::app::{App, AppProps};
    use explainer::components::StoryRef;
    use explainer::story::STORY;
    use yew::Callback;

    let lang = browser::initial_lang();
    browser::show_lang(lang, STORY.article.headline.get(lang));
    let on_lang_change = Callback::from(|lang| {
        browser::save_lang(lang);
        browser::show_lang(lang, STORY.article.headline.get(lang));
    });
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has <div id=\"app\">");
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps { story: StoryRef(&STORY), initial_lang: lang, on_lang_change },
    )
    .render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: build it with `make dist` or `make serve`.");
}
