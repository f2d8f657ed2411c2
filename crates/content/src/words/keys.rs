//! Every word the app shows, by key: the one list of the interface's messages. Each key's
//! text, in each language, is in that language's messages file (`messages/en.json` in the
//! engine, which a site may override key by key in `content/messages/en.json`); the app
//! holds only the keys' numbers.
//!
//! A key is written `name`, or `name(placeholder, …)` when its text takes values, and
//! `name(…) per placeholder` when its text may change with a number (plural forms, by the
//! CLDR categories of each language). Keys come in groups: a page carries the groups it
//! shows (`Page::word_groups`), so an article carries no word of the A–Z.

words! {
    /// On every page: the header, the footer, the reading controls, loading and failure,
    /// breadcrumbs, "Page not found", the kinds of item and their cards, the search page.
    Shell = shell {
        skip_to_content,
        home,
        breadcrumb_label,
        text_size_glyph,
        text_size,
        menu,
        search_site,
        search,
        site_navigation,
        a_to_z,
        saved,
        save_article,
        decrease_text_size,
        decrease_text_size_glyph,
        increase_text_size,
        increase_text_size_glyph,
        reset_text_size,
        reset,
        text_size_status(percent),
        display_options,
        line_spacing,
        colours,
        colours_device,
        colours_light,
        colours_dark,
        health_centers,
        a_to_z_of_topics,
        saved_items,
        about_this_site,
        demo_content,
        all_health_centers(count) per count,
        loading,
        load_failed,
        try_again,
        error_network,
        error_not_found,
        error_status(code),
        error_not_json,
        error_unreadable(reason),
        error_page_code,
        health_center,
        page_not_found,
        page_not_found_text,
        page_not_found_description,
        go_home,
        article,
        slideshow,
        slideshow_mark,
        title_with_brand(title, brand),
        // The search page's own (the search module has its own words): few enough to come
        // with every page rather than cost the search page a words file and a wait.
        search_description(brand),
        search_unavailable,
        search_needs_javascript(a_to_z),
    }

    /// The "Today on" carousel (home page, hubs, items).
    Carousel = carousel {
        today_on(brand),
        previous,
        next,
        showing_one(position, count) per count,
        showing_range(first, last, count) per count,
        no_items,
    }

    /// An article or a slideshow.
    Item = item {
        reading_time(minutes) per minutes,
        save_slideshow,
        saved_in_browser,
        share,
        link_copied,
        copy_address(address),
        key_points,
        sources,
        recommended_related(topic),
        read_article(title),
        read_slideshow(title),
        related_information,
        about_this_page,
        written_by,
        primary_reviewer,
        specialist_reviewer,
        reviewer(name, credential, specialty),
        last_reviewed,
        next_review_due,
        review_due_title,
        review_due_text(date),
        last_updated(date),
        medical_disclaimer,
        slide_status(number, count) per count,
        previous_slide,
        next_slide,
        slide_keys_tip,
        part_failed,
        date(day, month, year),
        month_1,
        month_2,
        month_3,
        month_4,
        month_5,
        month_6,
        month_7,
        month_8,
        month_9,
        month_10,
        month_11,
        month_12,
    }

    /// The home page.
    Home = home {
        centers_heading,
        center_item_count(count) per count,
    }

    /// A center's hub.
    Hub = hub {
        sections_of_center,
        section_count(section, count) per count,
        more_in_section(section, count) per count,
    }

    /// The Saved page.
    Saved = saved {
        saved_description,
        saved_lead,
        your_saved_items,
        nothing_saved(button),
        browse_centers,
        loading_saved_item,
        saved_item_untitled,
        saved_item_gone(title),
        remove_it,
        saved_item_failed(title, reason),
        available_offline,
    }

    /// The A–Z of topics.
    Topics = topics {
        topics_description(brand),
        topics_page_title(page),
        topics_lead(count) per count,
        topics_lead_paged(count, page, pages) per count,
        letters,
        previous_page,
        next_page,
        topics_pages,
        page_of(page, pages),
        letter_continued(letter),
        back_to_letters,
    }

    /// The About page.
    About = about {
        about_description(brand),
        sources_heading,
        sources_text,
        reviews_heading,
        reviews_text(interval),
        review_interval(months) per months,
        review_notice_text,
        privacy_heading,
        privacy_no_tracking,
        privacy_browser,
        limits_heading,
        centers_link,
        find_topic(centers, a_to_z),
    }

    /// The offline page (written by the site build into the service worker).
    Offline = offline {
        you_are_offline,
        offline_description,
        offline_text,
    }
}
