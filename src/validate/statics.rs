//! Rules for `static/`: a file of the user's never takes the place of one
//! that pathways writes (the build would have to drop one of the two).

use crate::diagnostic::{Diagnostic, Report};
use crate::load::statics::StaticFile;
use crate::located::Pos;
use crate::model::Catalog;

pub fn check(catalog: &Catalog, statics: &[StaticFile], report: &mut Report) {
    for file in statics {
        if let Some(why) = crate::render::reserved(catalog, &file.path) {
            report.push(
                Diagnostic::error(
                    file.file,
                    Pos::UNKNOWN,
                    tr!("static-collides", path = file.path.as_str()),
                )
                .help(tr!("static-collides.help", why = why)),
            );
        }
    }
}
