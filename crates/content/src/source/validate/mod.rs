//! Cross-checks parsed content: links resolve, dates are real and not in the future,
//! reviewers have credentials, images exist, sources are complete, nothing is empty or
//! duplicated. Problems in Markdown files get the line of the field at fault.

mod body;
mod item;
pub(crate) mod nearest;

use std::collections::HashSet;

use super::{ContentError, ContentTree};
use crate::date::Date;
use crate::model::{Image, Source, Tile, is_external};
use crate::page::{Page, is_slug};
use nearest::nearest;

/// Every problem in `tree`, given today's date and a check that an image path exists.
pub fn validate(tree: &ContentTree, today: Date, image_exists: &dyn Fn(&str) -> bool) -> Vec<ContentError> {
    let mut check = Checker { errors: Vec::new(), routes: routes(tree), today, image_exists, draft: false };
    check.unique_centers(tree);
    check.tiles("site.json", "today_on", &tree.site.today_on);
    for (i, text) in tree.site.disclaimer.iter().enumerate() {
        check.not_blank("site.json", &format!("disclaimer[{i}]"), text);
    }
    check.not_blank("site.json", "brand", &tree.site.brand);
    if tree.site.centers.is_empty() {
        check.error("site.json", "centers", "list the slugs of the site's centers, in the order the home page shows them (a center is a folder with a _center.json)");
    }
    for (i, &width) in tree.site.picture_widths.iter().flatten().enumerate() {
        if !(100..=4096).contains(&width) {
            check.error(
                "site.json",
                &format!("picture_widths[{i}]"),
                format!("{width}: a picture width is between 100 and 4096 px"),
            );
        }
    }
    if tree.site.picture_widths.as_ref().is_some_and(|widths| widths.is_empty()) {
        check.error(
            "site.json",
            "picture_widths",
            "list at least one width, or leave the field out for the default (360, 540, 720, 1080, 1440)",
        );
    }
    for folder in &tree.centers {
        let file = folder.file.as_str();
        let center = &folder.center;
        check.not_blank(file, "name", &center.name);
        check.tiles(file, "today_on", &center.today_on);
        let mut slugs = HashSet::new();
        let mut listed = HashSet::new();
        for item_file in &folder.items {
            let item = &item_file.item;
            if !slugs.insert(item.slug.as_str()) {
                check.error(
                    &item_file.file,
                    "slug",
                    format!("duplicate slug `{}` in center `{}`", item.slug, center.slug),
                );
            }
            if !is_slug(&item.slug) {
                let message = format!(
                    "the file name `{}.md` is not a slug (the page's address): rename it with lowercase letters, digits and single hyphens",
                    item.slug
                );
                check.error(&item_file.file, ".", message);
            }
            check.item(&item_file.file, item);
        }
        // Kept items were checked when they were read, and their links still resolve (or they
        // would have been read again: `load_keeping`).
        slugs.extend(folder.kept.iter().map(|kept| kept.digest.slug.as_str()));
        for draft in &folder.drafts {
            check.draft = true;
            if slugs.contains(draft.item.slug.as_str()) {
                check.error(
                    &draft.file,
                    "slug",
                    format!("duplicate slug `{}` in center `{}`", draft.item.slug, center.slug),
                );
            }
            check.item(&draft.file, &draft.item);
            check.draft = false;
        }
        for (s, section) in center.sections.iter().enumerate() {
            for (i, slug) in section.items.iter().enumerate() {
                listed.insert(slug.as_str());
                if !slugs.contains(slug.as_str()) {
                    check.error(file, &format!("sections[{s}].items[{i}]"), format!("no item `{slug}` in this center"));
                }
            }
        }
        for item_file in folder.items.iter().filter(|f| !listed.contains(f.item.slug.as_str())) {
            check.error(file, "sections", format!("item `{}` is not listed in any section", item_file.item.slug));
        }
    }
    locate(tree, check.errors)
}

/// Gives each problem in a Markdown file the line of its field. A problem in the body is
/// named by its line alone: the writer never sees field paths such as `body[3].text[1]`.
pub fn locate(tree: &ContentTree, mut errors: Vec<ContentError>) -> Vec<ContentError> {
    let sources: Vec<_> = tree.centers.iter().flat_map(|folder| folder.items.iter().chain(&folder.drafts)).collect();
    for error in &mut errors {
        let Some(source) = sources.iter().find(|source| source.file == error.file) else { continue };
        error.line = Some(source.lines.line_of(&error.field).unwrap_or(1));
        if error.field.starts_with("body") || error.field.starts_with("slides") {
            error.field = ".".into();
        }
    }
    errors
}

/// The site path of every page, for link checks.
fn routes(tree: &ContentTree) -> HashSet<String> {
    tree.pages().iter().map(Page::path).collect()
}

struct Checker<'a> {
    errors: Vec<ContentError>,
    routes: HashSet<String>,
    today: Date,
    image_exists: &'a dyn Fn(&str) -> bool,
    /// Checking a draft: its pictures, text and fields may be missing still; what it has must
    /// be right.
    draft: bool,
}

impl Checker<'_> {
    fn error(&mut self, file: &str, field: &str, message: impl Into<String>) {
        self.errors.push(ContentError::new(file, field, message));
    }

    /// A field must say something (a draft's fields may still be empty).
    fn not_blank(&mut self, file: &str, field: &str, text: &str) {
        if text.trim().is_empty() && !self.draft {
            self.error(file, field, "must not be empty");
        }
    }

    /// A link to one of our pages must name one (the nearest page is suggested).
    fn link(&mut self, file: &str, field: &str, to: &str) {
        if !self.routes.contains(to) {
            let hint =
                nearest(to, self.routes.iter()).map(|near| format!(" (did you mean {near}?)")).unwrap_or_default();
            self.error(file, field, format!("link to {to} is not a page of this site{hint}"));
        }
    }

    /// A link in an article's text may also lead to another site.
    fn text_link(&mut self, file: &str, field: &str, to: &str) {
        if is_external(to) {
            self.url(file, field, to);
        } else {
            self.link(file, field, to);
        }
    }

    fn url(&mut self, file: &str, field: &str, url: &str) {
        let host = url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).unwrap_or_default();
        if !host.contains('.') || url.contains(char::is_whitespace) {
            self.error(file, field, format!("`{url}` is not a web address: write https://… in full"));
        }
    }

    fn source(&mut self, file: &str, field: &str, source: &Source) {
        self.not_blank(file, &format!("{field}.title"), &source.title);
        self.not_blank(file, &format!("{field}.publisher"), &source.publisher);
        if !source.url.starts_with("https://") {
            self.error(file, &format!("{field}.url"), format!("`{}`: a source's url starts with https://", source.url));
        } else {
            self.url(file, &format!("{field}.url"), &source.url);
        }
        if let Some(year) = source.year
            && !(1900..=self.today.year()).contains(&year)
        {
            self.error(
                file,
                &format!("{field}.year"),
                format!("{year} is not a year of publication (1900 to {})", self.today.year()),
            );
        }
    }

    fn image(&mut self, file: &str, field: &str, image: &Image) {
        if self.draft {
            return;
        }
        if !(self.image_exists)(&image.src) {
            let hint = match image.src.strip_prefix("/images/") {
                Some(relative) => format!("add the picture to content/images/{relative}"),
                None => "pictures are files in content/images/, written /images/…".to_string(),
            };
            self.error(file, &format!("{field}.src"), format!("{} does not exist: {hint}", image.src));
        } else if image.width == 0 || image.height == 0 {
            self.error(file, &format!("{field}.width"), "width and height must be above zero");
        }
        self.not_blank(file, &format!("{field}.alt"), &image.alt);
    }

    fn date(&mut self, file: &str, field: &str, date: Date) {
        if date > self.today {
            self.error(file, field, format!("{date} lies in the future (today is {})", self.today));
        }
    }

    fn unique_centers(&mut self, tree: &ContentTree) {
        let mut seen = HashSet::new();
        for folder in &tree.centers {
            let slug = folder.center.slug.as_str();
            if !seen.insert(slug) {
                self.error(&folder.file, "slug", format!("center slug `{slug}` is used twice"));
            }
            let is_hub = Page::parse(&format!("/{slug}")) == Some(Page::Hub { center: slug.to_string() });
            if !is_hub {
                self.error(&folder.file, "slug", format!("`{slug}` cannot name a center: use lowercase letters, digits and single hyphens, and none of the reserved names {:?}", crate::page::RESERVED_SLUGS));
            }
            let folder_name = folder.file.split('/').next().unwrap_or_default();
            if folder_name != slug {
                self.error(&folder.file, "slug", format!("slug `{slug}` must match the folder name ({folder_name})"));
            }
        }
    }

    fn tiles(&mut self, file: &str, field: &str, tiles: &[Tile]) {
        let mut captions = HashSet::new();
        for (i, tile) in tiles.iter().enumerate() {
            let at = format!("{field}[{i}]");
            // Each tile is named by its caption, so captions must tell tiles apart.
            if !captions.insert(tile.caption.trim()) {
                self.error(file, &format!("{at}.caption"), format!("caption `{}` is used twice", tile.caption));
            }
            self.link(file, &format!("{at}.to"), &tile.to);
            self.image(file, &format!("{at}.image"), &tile.image);
            self.not_blank(file, &format!("{at}.caption"), &tile.caption);
        }
    }
}
