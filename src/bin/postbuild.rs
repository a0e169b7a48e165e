//! Trunk's post-build hook (native): writes `oembed.json`, the oEmbed answer for the page, into the
//! build. The page's public address comes from `SITE_URL` (default `http://127.0.0.1:8080/`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use explainer::embed::codes::{embed_url, iframe_code};
    use explainer::model::Lang;
    use explainer::state::View;
    use explainer::story::STORY;

    let Ok(staging) = std::env::var("TRUNK_STAGING_DIR") else {
        eprintln!("postbuild: run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)");
        std::process::exit(2);
    };
    let site = std::env::var("SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
    let (width, height) = (800, 900);
    let title = STORY.article.headline.en;
    let url = embed_url(&site, Lang::En, View::Both, None);
    let oembed = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": STORY.article.outlet.en,
        "provider_url": site,
        "author_name": STORY.people[STORY.article.reporter as usize].name.en,
        "html": iframe_code(&url, title, height),
        "width": width,
        "height": height,
    });
    let path = std::path::Path::new(&staging).join("oembed.json");
    if let Err(e) = std::fs::write(&path, serde_json::to_string_pretty(&oembed).expect("JSON serializes")) {
        eprintln!("postbuild: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
