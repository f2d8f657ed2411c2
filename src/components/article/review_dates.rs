//! When a page was last reviewed and is next due, and a calm notice once it is overdue.

use leptos::prelude::*;

use crate::content::date::Date;
use crate::content::today::Today;

/// "Page last reviewed" and "Next review due", as byline rows (inside its `<dl>`).
#[component]
pub fn ReviewDates(last_reviewed: Date, next_review: Date) -> impl IntoView {
    view! {
        <div class="byline__row">
            <dt>"Page last reviewed"</dt>
            <dd><time datetime=last_reviewed.to_string()>{last_reviewed.long()}</time></dd>
        </div>
        <div class="byline__row">
            <dt>"Next review due"</dt>
            <dd><time datetime=next_review.to_string()>{next_review.long()}</time></dd>
        </div>
    }
}

/// Shown when the page is past its review date on the day it is read (hidden otherwise, so
/// the pre-rendered page and the app agree on its place).
#[component]
pub fn ReviewNotice(next_review: Date) -> impl IntoView {
    let today = Today::use_context();
    view! {
        <p class="review-notice" hidden=move || !today.is_past(next_review)>
            <strong>"This page is due for review. "</strong>
            "It was due to be checked by our reviewers on "{next_review.long()}
            ". Health advice changes slowly, but if something here matters for a decision about your care, check it with a doctor or pharmacist."
        </p>
    }
}
