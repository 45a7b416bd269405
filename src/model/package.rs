//! `content/packages/<id>.yaml`: one branch package per file; the file name is its id.

use super::{Contact, Targets, Text, Tool};
use crate::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A branch package: a pathway into jobs in one branch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Package {
    /// Position in lists of packages: 1 comes first.
    pub order: u32,
    /// The pictogram shown on the package's card: a file name (without .svg)
    /// in the theme's `pictograms/` folder, e.g. `landbrug`.
    pub pictogram: Located<String>,
    /// The branch, e.g. `da: Landbrug`.
    pub name: Text,
    /// The package in one or two short sentences.
    pub summary: Text,
    /// Who the package is for.
    pub audience: Text,
    /// The jobs the package leads to, e.g. `da: Staldmedhjælper`.
    pub job_types: Vec<Text>,
    /// Jobs in each labour market.
    pub jobs: Located<Jobs>,
    /// The modules of the pathway, in order.
    pub pathway: Located<Pathway>,
    /// The competence criteria of the package. Modules set a target level for them.
    pub criteria: Vec<Criterion>,
    /// Companies where trainees can train.
    pub training_companies: Vec<TrainingCompany>,
    /// What the citizen receives at the end, e.g. a course certificate.
    pub certificate: Text,
    /// Who to contact about this package.
    pub contact: Contact,
    /// The package told to the companies that take trainees, in the
    /// company's voice ("I", "jeres virksomhed"): the employer page and
    /// the practice folder show these instead of the citizen's texts.
    pub employer: PackageEmployer,
}

/// The package in the company's voice, and its own practical facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackageEmployer {
    /// What the company gets, in one or two short sentences, e.g. `da: I
    /// får en praktikant, der lærer de daglige opgaver i stalden.`
    pub summary: Text,
    /// Who the trainees are, told to the company.
    pub audience: Text,
    /// What the trainee receives at the end, told to the company.
    pub certificate: Text,
    /// Practical facts of concept.yaml (`employer: facts:`) that are
    /// different in this package: the same `id`, with this package's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<super::FactOverride>,
}

/// Job counts per labour market, with where they come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jobs {
    /// Number of jobs per labour market id from concept.yaml, e.g. `lokalt: 40`.
    pub counts: BTreeMap<String, Located<u32>>,
    /// Where the figures come from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when every value is an invented example; or the list of the
    /// fields whose values are (e.g. `[counts]`), beside a `source:` for the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(Jobs, ["counts"]);

/// The modules of a package, with where their durations come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pathway {
    /// The modules, in the order the citizen takes them.
    pub modules: Vec<Module>,
    /// Where the durations come from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when every value is an invented example; or the list of the
    /// fields whose values are (e.g. `[fast_track_weeks]`), beside a `source:` for the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(Pathway, ["weeks", "fast_track_weeks"]);

/// One module of the pathway.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// The module kind: an `id` from `module_kinds` in concept.yaml.
    pub kind: Located<String>,
    /// Normal length in weeks. Leave it out when it is agreed person by person (aftercare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks: Option<Located<u16>>,
    /// Length in weeks on the fast track, for citizens with a good starting point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fast_track_weeks: Option<Located<u16>>,
    /// What happens in the module, told to the citizen ("du").
    pub content: Text,
    /// What happens in the module, told to the company ("I", "jeres
    /// virksomhed"): the employer page, the practice folder and the
    /// progression form show this.
    pub employer_purpose: Text,
    /// AMU courses taken in this module: file names from content/courses/ without `.yaml`.
    #[serde(default)]
    pub courses: Vec<Located<String>>,
    /// Target level for each criterion measured in this module, e.g.
    /// `hygiejne-regler: 2`. Pages and forms list them in this order.
    #[serde(default)]
    pub criteria: Targets,
}

/// A competence criterion, measured at the meetings between citizen, company and job centre.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Short id, unique in the package: lowercase letters, digits and `-`.
    pub id: Located<String>,
    /// `progression` (language and personal skills) or `qualification` (technical skills).
    pub tool: Located<Tool>,
    /// A group `id` from `criterion_groups` in concept.yaml.
    pub group: Located<String>,
    /// The criterion as the citizen and the company read it.
    pub text: Text,
}

/// An example of a company where trainees train.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingCompany {
    /// Company name.
    pub name: String,
    /// Town.
    pub place: String,
    /// What the company does and what a trainee does there.
    pub description: Text,
    /// Where the company comes from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when every value is an invented example; or the list of the
    /// fields whose values are (e.g. `[place]`), beside a `source:` for the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(TrainingCompany, ["name", "place", "description"]);

impl Package {
    /// Every human-readable text in the file, for translation checks.
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.name, &self.summary, &self.audience, &self.certificate];
        texts.extend(&self.job_types);
        texts.extend(self.pathway.modules.iter().map(|m| &m.content));
        texts.extend(self.pathway.modules.iter().map(|m| &m.employer_purpose));
        texts.extend(self.criteria.iter().map(|c| &c.text));
        texts.extend(self.training_companies.iter().map(|c| &c.description));
        texts.extend(self.contact.texts());
        let employer = &self.employer;
        texts.extend([&employer.summary, &employer.audience, &employer.certificate]);
        for fact in &employer.facts {
            texts.extend(fact.title.iter());
            texts.push(&fact.text);
            texts.extend(fact.example.iter());
        }
        texts
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id.value == id)
    }
}
