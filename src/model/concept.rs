//! `content/concept.yaml`: what every branch package shares.

use super::Text;
use crate::located::Located;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The branch-package concept: principles, dogmas, the module kinds, the rating
/// scale, the criterion groups and the labour markets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// What a branch package is, in two or three short sentences.
    pub intro: Text,
    /// What the municipality promises: the best chance of a job, not a job.
    pub promise: Text,
    /// What citizens ask before they start (who can join, how to start, what
    /// they keep and get, rights and duties, a target not reached yet), each
    /// answered in short points. Shown on the home page and every package page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    /// The four principles, each with its motto.
    pub principles: Vec<Principle>,
    /// The dogmas (quality standards) every package keeps.
    pub dogmas: Vec<Dogma>,
    /// The steps of a pathway, in order. Packages refer to them by `id`.
    pub module_kinds: Vec<ModuleKind>,
    /// What runs alongside the modules: language teaching, mentor, AMU courses, job club.
    pub support: Vec<Support>,
    /// The two measurement tools: `progression` and `qualification`.
    pub tools: Vec<ToolInfo>,
    /// The rating scale used at every measurement.
    pub scale: Scale,
    /// Groups of competence criteria, e.g. safety or Danish at work. Criteria refer to them by `id`.
    pub criterion_groups: Vec<CriterionGroup>,
    /// The three labour markets around the station and their job counts.
    pub labour_markets: LabourMarkets,
    /// What the employer pages and practice folders tell companies.
    pub employer: Employer,
}

/// A question citizens ask, answered in a few short points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Short id: lowercase letters, digits and `-`.
    pub id: Located<String>,
    /// The question as a citizen would ask it, e.g. `da: Hvem kan være med?`.
    pub question: Text,
    /// The answer, one or two short sentences a point.
    pub points: Vec<AnswerPoint>,
}

/// One point of an answer, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerPoint {
    pub text: Text,
    /// The document the point is taken from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when the sources do not say it: the point is an example of
    /// what a municipality could offer, and pages mark it so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(AnswerPoint, ["text"]);

/// What every package tells the companies that take trainees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Employer {
    /// The company's role as training company (træningsvirksomhed).
    pub role: Text,
    /// What the job centre provides, one item each.
    pub job_centre_provides: Vec<Text>,
    /// Support schemes: virksomhedspraktik, løntilskud, IGU, mentor, interpreter.
    pub schemes: Vec<Support>,
    /// The ten good tips for a company taking its first trainee.
    pub tips: Vec<Text>,
    /// What happens after hiring (efterværn).
    pub after_hiring: Text,
    /// The practical facts a company must know before it says yes: hours of
    /// supervision, the measurement meetings, the length of a work
    /// placement, no duty to hire, insurance, who to call, what happens if
    /// it does not work out. A package may override one by its `id`.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// What each level of the rating scale looks like at work, told to the
    /// company (one text per level, lowest first, e.g. `da: Praktikanten gør
    /// det, når en kollega viser det.`). The practice folder shows these
    /// instead of the citizen's descriptions of `scale:`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_descriptions: Vec<Text>,
}

/// A practical fact for companies, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Short id that packages use to override the fact: lowercase letters, digits and `-`.
    pub id: Located<String>,
    /// The question the fact answers, e.g. `da: Hvor lang tid varer en praktik?`
    pub title: Text,
    /// The answer, in the company's voice.
    pub text: Text,
    /// An example that makes the answer concrete (e.g. hours a week), shown
    /// after it; mark it `illustrative: [example]` when the source does not give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Text>,
    /// Where the fact comes from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when the fact is an invented example; or `[example]` when
    /// only its example is, beside a `source:` for the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(Fact, ["text", "example"]);

/// A package's own version of a practical fact of concept.yaml.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FactOverride {
    /// The `id` of the fact in concept.yaml (`employer: facts:`).
    pub id: Located<String>,
    /// A question of its own; leave it out to keep the concept's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The answer for this package.
    pub text: Text,
    /// An example that makes the answer concrete, shown after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<Text>,
    /// Where the fact comes from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when the fact is an invented example; or `[example]` when
    /// only its example is, beside a `source:` for the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

super::provenance!(FactOverride, ["text", "example"]);

/// A principle with its motto, e.g. "Se mig, som den jeg er".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Short id: lowercase letters, digits and `-`.
    pub id: Located<String>,
    pub name: Text,
    pub motto: Text,
    /// What the principle means for the citizen.
    pub text: Text,
    /// Where the citizen pages show the principle with its text, beside
    /// what it is about (e.g. `jobs`: at the job bars).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_at: Option<Place>,
}

/// A place on the citizen pages where a principle or dogma is shown with
/// what it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// At the job bars ("Vis mig, hvor jobbene er").
    Jobs,
    /// At the pathway drawing ("Vis mig vejen til jobbet").
    Pathway,
    /// At the first step of the pathway, the assessment ("Se mig, som den jeg er").
    FirstStep,
    /// At the fast track ("Vi spilder ikke din tid").
    FastTrack,
    /// At the measurements and the scale ("Udfordre mig uden at knægte mig").
    Measurement,
}

/// A dogma: a quality standard that is never set aside.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dogma {
    /// Short id: lowercase letters, digits and `-`.
    pub id: Located<String>,
    pub text: Text,
    /// Where the citizen pages show the dogma, beside what it is about
    /// (e.g. `fast_track`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_at: Option<Place>,
}

/// A kind of module, e.g. `afdaekning` or `virksomhedsmodul-1`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModuleKind {
    /// Short id that packages use in `kind:`.
    pub id: Located<String>,
    pub name: Text,
    /// What the module is for.
    pub purpose: Text,
    /// `true` when the module takes place at a company.
    pub at_company: bool,
    /// `true` when the module ends with a measurement that must be passed before the next module.
    pub gate: bool,
}

/// Support that runs alongside the modules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Short id: lowercase letters, digits and `-`.
    pub id: Located<String>,
    pub name: Text,
    pub text: Text,
}

/// The measurement tool a criterion belongs to.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Tool {
    /// Language and personal ("soft") competences.
    Progression,
    /// The technical qualifications of the branch.
    Qualification,
}

impl Tool {
    pub const ALL: [Tool; 2] = [Tool::Progression, Tool::Qualification];

    pub fn as_str(self) -> &'static str {
        match self {
            Tool::Progression => "progression",
            Tool::Qualification => "qualification",
        }
    }
}

/// The name and purpose of a measurement tool.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ToolInfo {
    /// `progression` or `qualification`.
    pub tool: Located<Tool>,
    pub name: Text,
    /// What the tool measures.
    pub measures: Text,
}

/// The rating scale: numbered levels, lowest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The levels, numbered 1, 2, 3 … from the lowest.
    pub levels: Vec<Level>,
}

/// One level of the rating scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The number of the level: 1 for the lowest, then 2, 3 …
    pub level: Located<u8>,
    /// A short label, e.g. `da: Kan med hjælp`.
    pub label: Text,
    /// What the level looks like at work.
    pub description: Text,
    /// The measurement tools whose criteria can reach this level; leave it
    /// out for both. `[qualification]` keeps a level such as "Kan selv og
    /// vise andre" off the soft criteria of the progression tool
    /// (attendance, motivation, own goals), where it makes no sense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tools: Option<Vec<Tool>>,
}

impl Level {
    /// Whether criteria of `tool` can be rated at this level.
    pub fn admits(&self, tool: Tool) -> bool {
        self.tools
            .as_ref()
            .is_none_or(|tools| tools.contains(&tool))
    }
}

/// A group of competence criteria, e.g. `sikkerhed` or `dansk-paa-arbejdet`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriterionGroup {
    /// Short id that criteria use in `group:`.
    pub id: Located<String>,
    pub name: Text,
    /// The measurement tool whose criteria belong in the group
    /// (`progression` or `qualification`); leave it out for a group both use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<Tool>,
}

impl CriterionGroup {
    /// Whether criteria of `tool` belong in this group.
    pub fn admits(&self, tool: Tool) -> bool {
        self.tool.is_none_or(|own| own == tool)
    }
}

/// The labour markets, with where the figures come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabourMarkets {
    /// The place travel times are measured from, e.g. `da: Frederikshavn station`.
    pub from: Text,
    /// The total number of jobs as the source states it; it must equal the sum of the markets.
    pub total_jobs: Located<u32>,
    /// The bands are separate, not cumulative.
    pub markets: Vec<LabourMarket>,
    /// Where the figures come from. Give either `source` (a document of content/sources.yaml and where in it) or `illustrative: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Located<super::Citation>>,
    /// `true` when every value is an invented example; or the list of the
    /// fields whose values are (e.g. `[travel_minutes]`), beside a `source:` for the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Located<super::Illustrative>>,
}

/// One labour market band, e.g. everything within 30 minutes by public transport.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabourMarket {
    /// Short id that packages use under `jobs: counts:`.
    pub id: Located<String>,
    pub name: Text,
    /// Travel time by public transport in minutes, if the band is defined by one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_minutes: Option<u16>,
    /// What the band means for a daily commute.
    pub description: Text,
    /// Number of relevant jobs in this band.
    pub jobs: Located<u32>,
}

super::provenance!(LabourMarkets, ["total_jobs", "jobs", "travel_minutes"]);

impl Concept {
    /// Every human-readable text in the file, for translation checks.
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.intro, &self.promise];
        for a in &self.answers {
            texts.push(&a.question);
            texts.extend(a.points.iter().map(|p| &p.text));
        }
        for p in &self.principles {
            texts.extend([&p.name, &p.motto, &p.text]);
        }
        texts.extend(self.dogmas.iter().map(|d| &d.text));
        for k in &self.module_kinds {
            texts.extend([&k.name, &k.purpose]);
        }
        for s in &self.support {
            texts.extend([&s.name, &s.text]);
        }
        for t in &self.tools {
            texts.extend([&t.name, &t.measures]);
        }
        for l in &self.scale.levels {
            texts.extend([&l.label, &l.description]);
        }
        texts.extend(self.criterion_groups.iter().map(|g| &g.name));
        texts.push(&self.labour_markets.from);
        for m in &self.labour_markets.markets {
            texts.extend([&m.name, &m.description]);
        }
        let employer = &self.employer;
        texts.push(&employer.role);
        texts.extend(&employer.job_centre_provides);
        for s in &employer.schemes {
            texts.extend([&s.name, &s.text]);
        }
        texts.extend(&employer.tips);
        texts.push(&employer.after_hiring);
        for fact in &employer.facts {
            texts.extend([&fact.title, &fact.text]);
            texts.extend(fact.example.iter());
        }
        texts.extend(&employer.level_descriptions);
        texts
    }

    pub fn module_kind(&self, id: &str) -> Option<&ModuleKind> {
        self.module_kinds.iter().find(|k| k.id.value == id)
    }

    pub fn level(&self, level: u8) -> Option<&Level> {
        self.scale.levels.iter().find(|l| l.level.value == level)
    }
}
