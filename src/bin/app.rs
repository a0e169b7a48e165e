//! The browser entry point: reads the URL options and the reader's preferences, mounts the app, and in a
//! frame starts auto-height.

#[cfg(target_arch = "wasm32")]
fn main() {
    use explainer::components::app::{App, AppProps};
    use explainer::components::StoryRef;
    use explainer::embed::{frame, options::parse_options};
    use explainer::story::STORY;
    use explainer::{browser, routing};

    let (options, warnings) = parse_options(&browser::location_search());
    for warning in warnings {
        web_sys::console::warn_1(&format!("explainer: {warning}").into());
    }
    browser::apply_look(options.theme, options.transparent);
    let props = AppProps {
        story: StoryRef(&STORY),
        initial_lang: browser::initial_lang(options.lang),
        initial_lang2: options.lang2,
        initial_view: options.view,
        initial_route: routing::initial_route(&STORY, &browser::location_hash(), options.event.as_deref()),
        embed: options.embed,
        page_url: browser::page_url().into(),
    };
    let root = gloo::utils::document().get_element_by_id("app").expect("index.html has <div id=\"app\">");
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    // Auto-height lives as long as the page.
    std::mem::forget(frame::start(options.child_id));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: build it with `make dist` or `make serve`.");
}
