//! Renders structured article blocks as semantic HTML (never as raw HTML strings).

use leptos::prelude::*;

use crate::chunks::parts as item_parts;
use crate::components::site_link::SiteLink;
use crate::content::model::{Block, CalloutTone, Inline};

/// An article body: headings, paragraphs, lists, callouts and tables.
#[component]
pub fn ArticleBody(blocks: Vec<Block>) -> impl IntoView {
    let blocks = blocks.into_iter().map(block_view).collect_view();
    view! { <div class="article-body">{blocks}</div> }
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Heading { text } => view! { <h2>{text}</h2> }.into_any(),
        Block::Subheading { text } => view! { <h3>{text}</h3> }.into_any(),
        Block::Paragraph { text } => view! { <p><InlineRuns runs=text/></p> }.into_any(),
        Block::BulletList { items } => view! { <ul>{list_items(items)}</ul> }.into_any(),
        Block::NumberedList { items } => view! { <ol>{list_items(items)}</ol> }.into_any(),
        Block::Callout { tone, title, text } => {
            let class = match tone {
                CalloutTone::Info => "callout callout--info",
                CalloutTone::Warning => "callout callout--warning",
                CalloutTone::Urgent => "callout callout--urgent",
            };
            view! {
                <div class=class role="note">
                    <h2 class="callout__title">{title}</h2>
                    <p><InlineRuns runs=text/></p>
                </div>
            }
            .into_any()
        }
        // A chunk of its own: most articles have no table (chunks/parts.rs).
        Block::Table(table) => item_parts::table(table),
    }
}

/// List items, each a run of inline text (for `<ul>` and `<ol>`).
pub(super) fn list_items(items: Vec<Vec<Inline>>) -> impl IntoView {
    items.into_iter().map(|runs| view! { <li><InlineRuns runs=runs/></li> }).collect_view()
}

/// Inline runs: text, emphasis, strong importance, and links to our pages or other sites.
#[component]
pub fn InlineRuns(runs: Vec<Inline>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(text) => text.into_any(),
            Inline::Emphasis { em } => view! { <em>{em}</em> }.into_any(),
            Inline::Strong { strong } => view! { <strong>{strong}</strong> }.into_any(),
            // A link to another site is marked by style/article.css (an arrow that screen
            // readers announce as "another website"): a hidden span here costs the wasm 1.9 KB.
            Inline::Link { link, to } => view! { <SiteLink to=to>{link}</SiteLink> }.into_any(),
        })
        .collect_view()
}
