//! The browser entry point: reads the URL and the reader's preferences, then mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use explainer::components::app::{App, AppProps};
    use explainer::components::StoryRef;
    use explainer::model::Lang;
    use explainer::state::View;
    use explainer::story::STORY;
    use explainer::{browser, routing};

    let props = AppProps {
        story: StoryRef(&STORY),
        initial_lang: browser::initial_lang(),
        initial_lang2: browser::query_param("lang2").as_deref().and_then(Lang::from_tag),
        initial_view: browser::query_param("view").as_deref().and_then(View::from_code).unwrap_or_default(),
        initial_route: routing::initial_route(
            &STORY,
            &browser::location_hash(),
            browser::query_param("event").as_deref(),
        ),
    };
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has <div id=\"app\">");
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: build it with `make dist` or `make serve`.");
}
