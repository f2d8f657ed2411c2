//! One build of the site, from the content folder's record of the last build (see
//! `health_content::source::state`): what changed is read, the rest kept; and the fallback
//! to a whole build when the site folder is not as the last build left it.

use std::path::Path;

use health_center::paths;
use health_content::Date;
use health_content::build::{Compiled, compile, publish_pictures, write_site_data};
use health_content::data::item_data_path;
use health_content::source::pictures::default_cache;
use health_content::source::state::{BuildState, write_record};
use health_content::source::{check, check_keeping, report};

use super::output::SiteWriter;
use super::phases::Phases;
use super::{Built, Options};
use super::{edited_pages_first, pages, render_cache, search_index, shell};

/// Frees the site's data off the build's path: freeing 50,000 items' text one string at a
/// time takes 0.2 s, which a build that ends now need not wait for (the system takes the
/// whole process's memory back at once), and a watching build does on another thread.
fn let_go(compiled: Compiled, watching: bool) {
    if watching {
        std::thread::spawn(move || drop(compiled));
    } else {
        std::mem::forget(compiled);
    }
}

/// Why a build stopped.
enum Failure {
    /// The content has problems (the writer's to fix); nothing was written.
    Content(String),
    /// The site folder could not be written, or was not as the last build left it.
    Site(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Site(message)
    }
}

/// Builds the site, from what changed since the build that left `state` (`None`: from
/// everything), and leaves this build's record in `state`. When the site folder is not as
/// the last build left it (a kept data file edited or removed by hand), it builds everything.
pub fn run(options: &Options, identity: u64, state: &mut Option<BuildState>) -> Result<Built, String> {
    let state_file = render_cache::state_file(&options.state, &options.dist, "items");
    let incremental = state.is_some();
    match build(options, identity, state, &state_file) {
        Ok((built, next)) => {
            *state = next;
            Ok(built)
        }
        Err(Failure::Content(message)) => Err(message),
        Err(Failure::Site(message)) if incremental => {
            *state = None;
            build(options, identity, state, &state_file)
                .map(|(mut built, next)| {
                    *state = next;
                    built.notes.insert(0, format!("{message}; building everything again"));
                    built
                })
                .map_err(|failure| match failure {
                    Failure::Content(message) | Failure::Site(message) => message,
                })
        }
        Err(Failure::Site(message)) => {
            *state = None;
            Err(message)
        }
    }
}

/// One build (see [`run`]) from the last build's record in `state`, which it lets go once the
/// content has checked (the record is then no longer needed, and a large one's memory is
/// better spent on the site): its summary, and (when watching) its own record for the next.
fn build(
    options: &Options,
    identity: u64,
    state: &mut Option<BuildState>,
    state_file: &Path,
) -> Result<(Built, Option<BuildState>), Failure> {
    let mut phases = Phases::start();
    let mut notes = Vec::new();
    paths::set_base(&options.public_url);
    let shell = shell::Shell::read(&options.shell)?;
    let checked = match state.as_ref() {
        Some(state) => check_keeping(&options.content, Date::today(), state),
        None => check(&options.content, Date::today()),
    };
    let tree = checked.map_err(|errors| Failure::Content(format!("\n{}", report(&options.content, &errors))))?;
    let read: usize = tree.centers.iter().map(|folder| folder.items.len() + folder.drafts.len()).sum();
    let kept: usize = tree.centers.iter().map(|folder| folder.kept.len()).sum();
    phases.end("read and check");
    let picture_cache = default_cache();
    let pictures = publish_pictures(&tree, &picture_cache)
        .map_err(|errors| Failure::Content(format!("\n{}", report(&options.content, &errors))))?;
    // The last record has served (its kept items are in the tree): let its memory go.
    state.take();
    // From here the site folder changes: the record on disk no longer describes it until
    // this build ends and writes its own.
    match std::fs::remove_file(state_file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(Failure::Site(format!("cannot remove {}: {e}", state_file.display())));
        }
        _ => {}
    }
    let site_url = format!("{}{}", options.site_url, paths::base());
    // A save that touched a small part of the site (not `site.json`, which every page shows)
    // gets its pages first; after a larger change the whole build is the quicker way.
    if options.watch && kept > read {
        let first =
            edited_pages_first::write_edited_pages(&tree, &pictures, &options.app, &shell, &site_url, &options.dist)?;
        phases.end(if first == 0 { "no page saved" } else { "saved pages first" });
    }
    // A watching build keeps its record in memory for the next save; a one-off build writes
    // it without holding it (its peak memory is the site's).
    let written = match options.watch {
        true => {
            let next = BuildState::of(&tree, identity);
            next.write_pending(state_file).map(|pending| (pending, Some(next)))
        }
        false => write_record(&tree, identity, state_file).map(|pending| (pending, None)),
    };
    let (pending, next) =
        written.map_err(|e| format!("cannot write the build's record beside {}: {e}", state_file.display()))?;
    let every_page = tree.pages();
    let mut compiled = compile(tree);
    compiled.for_each_image_mut(|image| pictures.apply(image));
    phases.end("compile and pictures");

    std::fs::create_dir_all(&options.dist).map_err(|e| format!("cannot create {}: {e}", options.dist.display()))?;
    let mut site = SiteWriter::new(&options.dist, render_cache::state_file(&options.state, &options.dist, "outputs"));
    let app = pages::copy_app(&options.app, &mut site)?;
    let data = write_site_data(&compiled, &pictures, site.outputs())
        .map_err(|e| format!("cannot write the data files into {}: {e}", options.dist.display()))?;
    site.changed += data.changed;
    for (file, stamp) in data.files {
        site.record(file, false, stamp);
    }
    // The kept items' data files, as the last build wrote them (proven from their stamps).
    for kept in &compiled.kept {
        let file = item_data_path(&kept.center, &kept.slug).trim_start_matches('/').to_string();
        let stamp = site
            .outputs()
            .kept(&file)
            .ok_or_else(|| format!("{} is not as the last build left it", options.dist.join(&file).display()))?;
        site.record(file, false, stamp);
    }
    phases.end("data files");
    let search = search_index::write_search_index(
        &compiled,
        &mut site,
        &render_cache::state_file(&options.state, &options.dist, "search"),
    )?;
    notes.extend(search.note.clone());
    phases.end("search index");
    let cache_file = render_cache::state_file(&options.state, &options.dist, "json");
    let pages = pages::write_pages(&every_page, &compiled, &app, &shell, &site_url, &mut site, cache_file)?;
    notes.extend(pages.note.clone());
    phases.end("pages");
    let (deleted, note) = site.finish()?;
    notes.extend(note);
    pending.commit().map_err(|e| format!("cannot keep the build's record in {}: {e}", state_file.display()))?;
    phases.end("clean-up");
    let_go(compiled, options.watch);
    let summary = format!(
        "{} pages ({} rendered, the rest unchanged; {read} item files read, {kept} kept from the last build), {} data files, {} picture files ({} photographs, {} encoded now, the rest from {}), {} search index files ({} of {} runs of documents read back); {} files in {} ({} changed, {} removed); {phases}",
        pages.pages,
        pages.rendered,
        data.data_files,
        data.images,
        pictures.photographs,
        pictures.encoded,
        picture_cache.root().display(),
        search.files,
        search.runs_reused.0,
        search.runs_reused.1,
        site.count(),
        options.dist.display(),
        site.changed,
        deleted
    );
    Ok((Built { notes, summary }, next))
}
