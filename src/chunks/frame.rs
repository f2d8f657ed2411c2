//! What a page whose code is a chunk of its own (see `page`) shows while that code comes, or
//! when it cannot: the page's own breadcrumbs and heading, where the page will have them, and
//! its title in the tab; then the loading placeholder, or the failure with "Try again".

use leptos::prelude::*;

use crate::components::layout::{Breadcrumbs, Crumb};
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::page_meta::PageMeta;
use crate::site::page_head::PageHead;

/// The parts of a page that are known before its code is there.
#[derive(Clone)]
pub struct PageFrame {
    /// The page's class beside `page` (`page--hub`), so the frame is laid out as the page is.
    pub class: &'static str,
    /// Its breadcrumbs (none on the home page).
    pub crumbs: Vec<Crumb>,
    /// Its heading.
    pub heading: String,
    /// Its head tags, for the tab's title (the page sets its whole head when it comes).
    pub head: PageHead,
}

impl PageFrame {
    /// The frame with `status` (the placeholder, or the failure) under the heading.
    fn view(self, status: AnyView) -> AnyView {
        let crumbs = (!self.crumbs.is_empty()).then(|| view! { <Breadcrumbs crumbs=self.crumbs/> });
        view! {
            <PageMeta head=self.head/>
            <div class=format!("page {}", self.class)>
                {crumbs}
                <h1>{self.heading}</h1>
                {status}
            </div>
        }
        .into_any()
    }

    /// The frame while the page's code and data are on their way.
    pub fn loading(self) -> AnyView {
        self.view(view! { <Loading/> }.into_any())
    }

    /// The frame when the page's code could not be fetched, with "Try again" (`retry`).
    pub fn failed(self, retry: Callback<()>) -> AnyView {
        let message = "We could not reach the server to open this page. Check your connection and try again.";
        self.view(view! { <LoadFailed message=message.to_string() retry=retry/> }.into_any())
    }
}
