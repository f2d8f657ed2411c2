//! The starting file `make new-article` writes: a draft with every field explained.

use crate::date::Date;

/// The starting file: every front matter field, empty, with what it is for. The body is
/// the writer's to start (docs/writing.md shows every construct).
pub fn starting_file(center: &str, slug: &str, slideshow: bool, today: Date) -> String {
    let kind =
        if slideshow { "kind = \"slideshow\"      # the body is then slides: see docs/writing.md\n" } else { "" };
    format!(
        r#"+++
# A draft: `make check` checks what it has, and the site leaves it out. When it is ready,
# remove `draft = true`; then every field below must be filled in, its picture must exist,
# and it must be listed in a section of {center}/_center.json.
draft = true
{kind}# The page's title: its heading, and the start of the browser tab's title.
title = ""
# One sentence for search results and cards (about 150 characters).
description = ""
# The short answer a reader came for, shown in large type under the title.
summary = ""
# When the medical content was last revised, and when the page last changed (YYYY-MM-DD).
last_revised = {today}
last_updated = {today}
# Our pages listed under "Related information", e.g. ["/{center}/another-page"].
related = []

# The lead picture: an SVG, PNG or JPEG in content/images/ (its size is read from the file).
[image]
src = "/images/{center}/{slug}.svg"
alt = ""    # what the picture shows, for readers who cannot see it

[byline]
author = ""    # who wrote it, e.g. "Brightwell Health editorial team"

# At least one primary medical reviewer; one [[byline.reviewers]] block each.
[[byline.reviewers]]
role = "primary"    # primary or specialist
name = ""
credential = ""     # e.g. MD, DPT
specialty = ""      # e.g. Family Medicine

# Optional: a teaser for one of our pages, shown after the text.
# [recommended]
# to = "/{center}/another-page"
# excerpt = "A sentence that makes the reader want to read it."

# The evidence the page rests on, one [[sources]] block each; `year` may be left out for
# web pages that carry no date.
# [[sources]]
# title = "The source's title, as its publisher gives it"
# publisher = "NHS"
# year = 2024
# url = "https://…"
+++

"#
    )
}
