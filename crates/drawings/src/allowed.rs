//! The allow-list: which elements, attributes and style properties a published drawing may
//! keep, and why the others go. Anything not named here is left out.

/// The SVG namespace: every kept element is in it.
pub const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";
/// The XLink namespace (`xlink:href`, written back as SVG 2's `href`).
pub const XLINK_NAMESPACE: &str = "http://www.w3.org/1999/xlink";
/// The XML namespace (`xml:space`).
pub const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";
const XHTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// The elements of a still drawing: shapes, text, paint servers, clipping, masking, markers,
/// filters and structure. `a` is kept as a group (its link goes).
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "switch",
    "a",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "clipPath",
    "mask",
    "marker",
    "style",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
];

/// Elements whose text is part of the drawing (every other text is whitespace between tags).
pub const TEXT_ELEMENTS: &[&str] = &["text", "tspan", "textPath", "style"];

/// Attributes that place and shape things, and the filters' parameters.
const GEOMETRY: &[&str] = &[
    "id",
    "class",
    "x",
    "y",
    "width",
    "height",
    "rx",
    "ry",
    "cx",
    "cy",
    "r",
    "fx",
    "fy",
    "fr",
    "x1",
    "y1",
    "x2",
    "y2",
    "points",
    "d",
    "pathLength",
    "viewBox",
    "preserveAspectRatio",
    "offset",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "clipPathUnits",
    "maskUnits",
    "maskContentUnits",
    "markerUnits",
    "markerWidth",
    "markerHeight",
    "refX",
    "refY",
    "orient",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "method",
    "spacing",
    "side",
    "path",
    "requiredFeatures",
    "requiredExtensions",
    "systemLanguage",
    "filterUnits",
    "primitiveUnits",
    "in",
    "in2",
    "result",
    "stdDeviation",
    "edgeMode",
    "mode",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "values",
    "type",
    "tableValues",
    "slope",
    "intercept",
    "amplitude",
    "exponent",
    "baseFrequency",
    "numOctaves",
    "seed",
    "stitchTiles",
    "scale",
    "xChannelSelector",
    "yChannelSelector",
    "order",
    "kernelMatrix",
    "divisor",
    "bias",
    "targetX",
    "targetY",
    "preserveAlpha",
    "kernelUnitLength",
    "surfaceScale",
    "diffuseConstant",
    "specularConstant",
    "specularExponent",
    "azimuth",
    "elevation",
    "pointsAtX",
    "pointsAtY",
    "pointsAtZ",
    "limitingConeAngle",
    "radius",
];

/// Properties that may be written as attributes or in CSS: how things are painted.
const PRESENTATION: &[&str] = &[
    "alignment-baseline",
    "baseline-shift",
    "clip",
    "clip-path",
    "clip-rule",
    "color",
    "color-interpolation",
    "color-interpolation-filters",
    "color-rendering",
    "direction",
    "display",
    "dominant-baseline",
    "fill",
    "fill-opacity",
    "fill-rule",
    "filter",
    "flood-color",
    "flood-opacity",
    "font-family",
    "font-size",
    "font-size-adjust",
    "font-stretch",
    "font-style",
    "font-variant",
    "font-weight",
    "image-rendering",
    "isolation",
    "letter-spacing",
    "lighting-color",
    "marker-end",
    "marker-mid",
    "marker-start",
    "mask",
    "mix-blend-mode",
    "opacity",
    "overflow",
    "paint-order",
    "shape-rendering",
    "stop-color",
    "stop-opacity",
    "stroke",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "text-anchor",
    "text-decoration",
    "text-rendering",
    "transform",
    "transform-origin",
    "unicode-bidi",
    "vector-effect",
    "visibility",
    "word-spacing",
    "writing-mode",
];

/// Properties kept only in CSS (they have no attribute form).
const CSS_ONLY: &[&str] = &[
    "font",
    "marker",
    "line-height",
    "white-space",
    "font-feature-settings",
    "font-kerning",
    "font-variant-ligatures",
];

/// Namespaces of drawing editors: their elements and attributes are the editor's own notes.
const EDITOR_NAMESPACES: &[&str] = &[
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
    "http://ns.adobe.com/Extensibility/1.0/",
    "http://ns.adobe.com/Graphs/1.0/",
    "http://ns.adobe.com/SaveForWeb/1.0/",
    "http://ns.adobe.com/Variables/1.0/",
    "http://ns.adobe.com/ImageReplacement/1.0/",
    "http://www.bohemiancoding.com/sketch/ns",
    "http://www.serif.com/",
];

/// What becomes of an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementRule {
    /// Written back (its allowed attributes and children).
    Keep,
    /// Left out with its children; the drawing is refused, for this reason.
    Refuse(&'static str),
    /// Left out with its children, as a note.
    Remove(&'static str),
}

/// The rule for an element named `name` in the namespace `namespace`.
pub fn element_rule(namespace: Option<&str>, name: &str) -> ElementRule {
    match namespace {
        Some(SVG_NAMESPACE) if ELEMENTS.contains(&name) => ElementRule::Keep,
        Some(SVG_NAMESPACE) => match name {
            "script" | "handler" | "listener" => {
                ElementRule::Refuse("a script: drawings are published without scripts; remove it in the editor")
            }
            "foreignObject" => ElementRule::Refuse(
                "a <foreignObject> (HTML inside the drawing): it is not published; write the text as SVG <text> or leave it out",
            ),
            "image" | "feImage" => ElementRule::Refuse(
                "a picture inside the drawing (<image>): publish photographs as JPEG, PNG or WebP files of their own, and drawings without pictures in them",
            ),
            "animate" | "animateColor" | "animateMotion" | "animateTransform" | "set" | "mpath" | "discard" => {
                ElementRule::Refuse("an animation: drawings are published still; remove the animation in the editor")
            }
            "metadata" => {
                ElementRule::Remove("the editor's metadata (<metadata>: author, licence, file paths) is not published")
            }
            "title" | "desc" => ElementRule::Remove(
                "<title> and <desc> are not published: the article's alt text describes the picture",
            ),
            _ => ElementRule::Remove(
                "SVG elements that draw nothing in a still picture (fonts, views, cursors) are not published",
            ),
        },
        Some(XHTML_NAMESPACE) => ElementRule::Refuse(
            "HTML inside the drawing: it is not published; write the text as SVG <text> or leave it out",
        ),
        Some(ns) if EDITOR_NAMESPACES.contains(&ns) => {
            ElementRule::Remove("the editor's own data (Inkscape, Illustrator, Sketch…) is not published")
        }
        _ => ElementRule::Remove("elements of other vocabularies than SVG are not published"),
    }
}

/// What becomes of an attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributeRule {
    /// Written back under this name.
    Keep(&'static str),
    /// A link: kept (as `href`) only when it names a part of the same drawing (`#id`).
    Link,
    /// A `style` attribute: cleaned declaration by declaration.
    Style,
    /// Left out; the drawing is refused, for this reason.
    Refuse(&'static str),
    /// Left out, as a note.
    Remove(&'static str),
    /// Left out without a word (a default, a version number, an editor's hint to itself).
    Drop,
}

/// The rule for the attribute `name` in `namespace` (attributes without a prefix have none).
pub fn attribute_rule(namespace: Option<&str>, name: &str) -> AttributeRule {
    match namespace {
        None if name == "style" => AttributeRule::Style,
        None if name == "href" => AttributeRule::Link,
        None if name.len() > 2 && name.as_bytes()[..2].eq_ignore_ascii_case(b"on") => AttributeRule::Refuse(
            "an event handler (on…=): drawings are published without scripts; remove it in the editor",
        ),
        None => match GEOMETRY.iter().chain(PRESENTATION).find(|&&known| known == name) {
            Some(known) => AttributeRule::Keep(known),
            None => AttributeRule::Drop,
        },
        Some(XLINK_NAMESPACE) if name == "href" => AttributeRule::Link,
        Some(XML_NAMESPACE) if name == "space" => AttributeRule::Keep("xml:space"),
        Some(ns) if EDITOR_NAMESPACES.contains(&ns) => {
            AttributeRule::Remove("the editor's own data (Inkscape, Illustrator, Sketch…) is not published")
        }
        Some(_) => AttributeRule::Drop,
    }
}

/// Whether a CSS property may be kept in a `style` attribute or a `<style>` sheet.
pub fn is_style_property(name: &str) -> bool {
    PRESENTATION.contains(&name) || CSS_ONLY.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_hold_each_name_once() {
        for list in [ELEMENTS, GEOMETRY, PRESENTATION, CSS_ONLY] {
            let mut names = list.to_vec();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), list.len());
        }
    }

    #[test]
    fn handlers_are_refused_in_any_case() {
        assert!(matches!(attribute_rule(None, "onload"), AttributeRule::Refuse(_)));
        assert!(matches!(attribute_rule(None, "ONCLICK"), AttributeRule::Refuse(_)));
        assert_eq!(attribute_rule(None, "opacity"), AttributeRule::Keep("opacity"));
        assert_eq!(attribute_rule(Some(XLINK_NAMESPACE), "href"), AttributeRule::Link);
    }
}
