//! An event's media: its image (lazy, with its size, so nothing moves when it arrives) or a link to what
//! the page does not show (a video, a post: never a third-party frame), with caption and credit.

use super::bi_text::bi_text;
use super::Mode;
use crate::model::{Lang, Media};
use yew::prelude::*;

/// The figure of an event's media (in the browser's bundle only for a story with media: `story_media`, set
/// by `build.rs`).
pub fn media_figure(media: &Media, lang: Lang, lang2: Option<Lang>, mode: Mode) -> Html {
    if !cfg!(story_media) {
        return Html::default();
    }
    let image = media.image.map(|image| {
        let (width, height) = image.size.unzip();
        html! {
            <img src={crate::routing::media_href(mode.page(), &image)} alt={media.alt.map(|a| a.get(lang))} loading="lazy" decoding="async"
                width={width.map(|w| w.to_string())} height={height.map(|h| h.to_string())} data-testid="media-image" />
        }
    });
    let content = match (image, media.link) {
        (Some(image), Some(link)) => html! { <a href={link} rel="noopener noreferrer">{ image }</a> },
        (Some(image), None) => image,
        (None, Some(link)) => html! {
            <a class="media-link" href={link} rel="noopener noreferrer" data-testid="media-link">
                { (crate::i18n::ui(lang).media_on)(site(link)) }
            </a>
        },
        (None, None) => Html::default(),
    };
    html! {
        <figure class="media" data-testid="event-media">
            { content }
            if media.caption.is_some() || media.credit.is_some() {
                <figcaption>
                    if let Some(caption) = media.caption {
                        <span class="caption" data-testid="media-caption">{ bi_text(caption, lang, lang2) }</span>
                    }
                    if let Some(credit) = media.credit {
                        <span class="credit" data-testid="media-credit">{ bi_text(credit, lang, lang2) }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}

/// The site an address is on, as a reader knows it: `youtube.com` of `https://www.youtube.com/watch?v=…`.
fn site(link: &str) -> &str {
    let rest = link.split_once("://").map_or(link, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_the_site_of_a_link() {
        assert_eq!(super::site("https://www.youtube.com/watch?v=x"), "youtube.com");
        assert_eq!(super::site("http://vimeo.com:80/1"), "vimeo.com");
        assert_eq!(super::site("https://x.example"), "x.example");
    }
}
