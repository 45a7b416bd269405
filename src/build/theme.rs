//! The theme: Tera templates from `themes/default/templates/` of the site, or
//! the built-in copy when the site has no theme of its own.

use std::path::Path;
use tera::Tera;

const BUILT_IN: &[(&str, &str)] = &[
    ("base.html", include_str!("../../themes/default/templates/base.html")),
    ("index.html", include_str!("../../themes/default/templates/index.html")),
    ("page.html", include_str!("../../themes/default/templates/page.html")),
];

/// The parsed templates of a site.
pub struct Theme {
    pub tera: Tera,
}

impl Theme {
    /// Loads the site's theme. The error names the template and what is wrong.
    pub fn load(root: &Path) -> Result<Theme, String> {
        let dir = root.join("themes/default/templates");
        let mut templates: Vec<(String, String)> = Vec::new();
        if dir.is_dir() {
            for (name, _) in BUILT_IN {
                let path = dir.join(name);
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read the template {}: {e}", path.display()))?;
                templates.push((name.to_string(), text));
            }
        } else {
            templates = BUILT_IN.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".html"]);
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| format!("a template in {} has an error: {e}", dir.display()))?;
        Ok(Theme { tera })
    }
}
