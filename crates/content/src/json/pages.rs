//! Reading the data files of the site's other pages: the site index every page carries, the
//! home page's list of centers, a center's hub and a page of the A–Z.

use super::read::{Fields, FromJson, ShapeError};
use super::tree::Json;
use crate::data::{
    CenterData, CenterLink, CenterName, CentersData, HubSection, ItemSummary, LetterGroup, LetterStart, SiteData,
    TopicsData,
};
use crate::model::Site;

impl FromJson for SiteData {
    fn from_json(json: Json) -> Result<SiteData, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(SiteData {
            site: fields.take("site")?,
            centers: fields.take("centers")?,
            center_count: fields.take("center_count")?,
        })
    }
}

impl FromJson for Site {
    fn from_json(json: Json) -> Result<Site, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(Site {
            brand: fields.take("brand")?,
            tagline: fields.take("tagline")?,
            description: fields.take("description")?,
            source_line: fields.take("source_line")?,
            disclaimer: fields.take("disclaimer")?,
            centers: fields.or_default("centers")?,
            demo_notice: fields.take("demo_notice")?,
            today_on: fields.take("today_on")?,
            review_interval_months: fields.take("review_interval_months")?,
            picture_widths: fields.optional("picture_widths")?,
        })
    }
}

impl FromJson for CenterName {
    fn from_json(json: Json) -> Result<CenterName, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(CenterName { slug: fields.take("slug")?, name: fields.take("name")? })
    }
}

impl FromJson for CentersData {
    fn from_json(json: Json) -> Result<CentersData, ShapeError> {
        Ok(CentersData { centers: Fields::of(json)?.take("centers")? })
    }
}

impl FromJson for CenterLink {
    fn from_json(json: Json) -> Result<CenterLink, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(CenterLink {
            slug: fields.take("slug")?,
            name: fields.take("name")?,
            description: fields.take("description")?,
            item_count: fields.take("item_count")?,
        })
    }
}

impl FromJson for CenterData {
    fn from_json(json: Json) -> Result<CenterData, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(CenterData {
            center: fields.take("center")?,
            description: fields.take("description")?,
            intro: fields.take("intro")?,
            sections: fields.take("sections")?,
        })
    }
}

impl FromJson for HubSection {
    fn from_json(json: Json) -> Result<HubSection, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(HubSection {
            heading: fields.take("heading")?,
            cards: fields.take("cards")?,
            more: fields.or_default("more")?,
        })
    }
}

impl FromJson for ItemSummary {
    fn from_json(json: Json) -> Result<ItemSummary, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(ItemSummary {
            path: fields.take("path")?,
            kind: fields.take("kind")?,
            title: fields.take("title")?,
            description: fields.take("description")?,
            image: fields.take("image")?,
        })
    }
}

impl FromJson for TopicsData {
    fn from_json(json: Json) -> Result<TopicsData, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(TopicsData {
            page: fields.take("page")?,
            pages: fields.take("pages")?,
            item_count: fields.take("item_count")?,
            index: fields.take("index")?,
            letters: fields.take("letters")?,
            centers: fields.take("centers")?,
        })
    }
}

impl FromJson for LetterStart {
    fn from_json(json: Json) -> Result<LetterStart, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(LetterStart { letter: fields.take("letter")?, page: fields.take("page")? })
    }
}

impl FromJson for LetterGroup {
    fn from_json(json: Json) -> Result<LetterGroup, ShapeError> {
        let mut fields = Fields::of(json)?;
        Ok(LetterGroup {
            letter: fields.take("letter")?,
            continued: fields.or_default("continued")?,
            items: fields.take("items")?,
        })
    }
}
