//! The built-in catalogue of standard roles in "the team around the child".
//!
//! A scenario uses a role by its id (`Role(id: "helsesykepleier")`) and gets the name,
//! description and standard responsibilities below in the scenario's language; anything the
//! scenario writes itself wins, and responsibilities it lists are added to the standard ones.

use super::model::{Responsibility, Role, Scenario};

/// A catalogue string in each of the program's three languages (not a scenario `Text`, which is
/// one string in the scenario's own language).
struct Trilingual {
    nb: &'static str,
    nn: &'static str,
    en: &'static str,
}

impl Trilingual {
    fn get(&self, lang: &str) -> &'static str {
        match lang {
            "nn" => self.nn,
            "en" => self.en,
            _ => self.nb,
        }
    }
}

struct Entry {
    id: &'static str,
    name: Trilingual,
    description: Trilingual,
    playable: bool,
    responsibilities: &'static [(&'static str, Trilingual)],
}

macro_rules! t {
    ($nb:expr, $nn:expr, $en:expr) => {
        Trilingual {
            nb: $nb,
            nn: $nn,
            en: $en,
        }
    };
}

const REPORT: (&str, Trilingual) = (
    "report_concern",
    t!(
        "Melde bekymring til barnevernstjenesten når vilkårene for opplysningsplikten er oppfylt",
        "Melde uro til barnevernstenesta når vilkåra for opplysningsplikta er oppfylte",
        "Report a concern to the child welfare service when the duty to report applies"
    ),
);

const CATALOGUE: &[Entry] = &[
    Entry {
        id: "pedagogisk_leder",
        name: t!("Pedagogisk leder", "Pedagogisk leiar", "Kindergarten teacher"),
        description: t!(
            "Barnets daglige kontakt i barnehagen. Legger merke til uro, observerer og tar den første samtalen med foreldrene.",
            "Den daglege kontakten til barnet i barnehagen. Legg merke til uro, observerer og tek den første samtalen med foreldra.",
            "The child's daily contact in the kindergarten. Notices concern, observes, and holds the first conversation with the parents."
        ),
        playable: true,
        responsibilities: &[
            (
                "observe",
                t!(
                    "Observere og dokumentere",
                    "Observere og dokumentere",
                    "Observe and document"
                ),
            ),
            (
                "first_conversation",
                t!(
                    "Ta den første samtalen med foreldrene",
                    "Ta den første samtalen med foreldra",
                    "Hold the first conversation with the parents"
                ),
            ),
            REPORT,
        ],
    },
    Entry {
        id: "kontaktlaerer",
        name: t!("Kontaktlærer", "Kontaktlærar", "Form teacher"),
        description: t!(
            "Elevens daglige kontakt på skolen. Legger merke til uro, dokumenterer og tar den første samtalen med eleven og foreldrene.",
            "Den daglege kontakten til eleven på skulen. Legg merke til uro, dokumenterer og tek den første samtalen med eleven og foreldra.",
            "The pupil's daily contact at school. Notices concern, documents, and holds the first conversation with the pupil and the parents."
        ),
        playable: true,
        responsibilities: &[
            (
                "observe",
                t!(
                    "Observere og dokumentere",
                    "Observere og dokumentere",
                    "Observe and document"
                ),
            ),
            (
                "first_conversation",
                t!(
                    "Ta den første samtalen med eleven og foreldrene",
                    "Ta den første samtalen med eleven og foreldra",
                    "Hold the first conversation with the pupil and the parents"
                ),
            ),
            REPORT,
        ],
    },
    Entry {
        id: "styrer",
        name: t!("Styrer", "Styrar", "Head of kindergarten"),
        description: t!(
            "Leder barnehagen, rammer inn prosessen og støtter de ansatte. Eier rutinene.",
            "Leiar barnehagen, rammar inn prosessen og støttar dei tilsette. Eig rutinane.",
            "Leads the kindergarten, frames the process and supports the staff. Owns the routines."
        ),
        playable: true,
        responsibilities: &[
            (
                "lead_process",
                t!(
                    "Lede prosessen i enheten",
                    "Leie prosessen i eininga",
                    "Lead the process in the unit"
                ),
            ),
            (
                "support_staff",
                t!("Støtte de ansatte", "Støtte dei tilsette", "Support the staff"),
            ),
            REPORT,
        ],
    },
    Entry {
        id: "rektor",
        name: t!("Rektor", "Rektor", "Principal"),
        description: t!(
            "Leder skolen, rammer inn prosessen og støtter de ansatte. Eier rutinene.",
            "Leiar skulen, rammar inn prosessen og støttar dei tilsette. Eig rutinane.",
            "Leads the school, frames the process and supports the staff. Owns the routines."
        ),
        playable: true,
        responsibilities: &[
            (
                "lead_process",
                t!(
                    "Lede prosessen i enheten",
                    "Leie prosessen i eininga",
                    "Lead the process in the unit"
                ),
            ),
            (
                "support_staff",
                t!("Støtte de ansatte", "Støtte dei tilsette", "Support the staff"),
            ),
            REPORT,
        ],
    },
    Entry {
        id: "ppt",
        name: t!("PPT", "PPT", "Educational-psychological service (PPT)"),
        description: t!(
            "Pedagogisk-psykologisk tjeneste. Sakkyndig vurdering av behov for spesialpedagogisk hjelp, og veiledning av barnehager og skoler.",
            "Pedagogisk-psykologisk teneste. Sakkunnig vurdering av behov for spesialpedagogisk hjelp, og rettleiing av barnehagar og skular.",
            "The educational-psychological service. Expert assessment of special educational needs, and guidance for kindergartens and schools."
        ),
        playable: true,
        responsibilities: &[
            (
                "expert_assessment",
                t!("Sakkyndig vurdering", "Sakkunnig vurdering", "Expert assessment"),
            ),
            (
                "guide_staff",
                t!(
                    "Veilede barnehagen eller skolen",
                    "Rettleie barnehagen eller skulen",
                    "Guide the kindergarten or school"
                ),
            ),
            REPORT,
        ],
    },
    Entry {
        id: "barnevern",
        name: t!("Barnevernstjenesten", "Barnevernstenesta", "Child welfare service"),
        description: t!(
            "Tar imot bekymringsmeldinger, undersøker (sammen med politiet der det er mistanke om straffbare forhold), og arbeider forebyggende. Kan konsulteres anonymt.",
            "Tek imot meldingar om uro, undersøkjer (saman med politiet der det er mistanke om straffbare forhold), og arbeider førebyggjande. Kan konsulterast anonymt.",
            "Receives reports of concern, investigates (with the police where a crime is suspected), and works preventively. Can be consulted anonymously."
        ),
        playable: true,
        responsibilities: &[
            (
                "receive_report",
                t!(
                    "Ta imot og vurdere bekymringsmeldinger",
                    "Ta imot og vurdere meldingar",
                    "Receive and assess reports of concern"
                ),
            ),
            (
                "investigate",
                t!("Undersøke saken", "Undersøkje saka", "Investigate the case"),
            ),
            (
                "advise_anonymously",
                t!(
                    "Gi råd i anonyme drøftinger",
                    "Gi råd i anonyme drøftingar",
                    "Advise in anonymous consultations"
                ),
            ),
        ],
    },
    Entry {
        id: "helsesykepleier",
        name: t!("Helsesykepleier", "Helsesjukepleiar", "Public health nurse"),
        description: t!(
            "Helsestasjon og skolehelsetjeneste. Samtaler med barn og foreldre, og helseoppfølging.",
            "Helsestasjon og skulehelseteneste. Samtalar med barn og foreldre, og helseoppfølging.",
            "Health centre and school health service. Conversations with children and parents, and health follow-up."
        ),
        playable: true,
        responsibilities: &[
            (
                "health_followup",
                t!(
                    "Helseoppfølging av barnet",
                    "Helseoppfølging av barnet",
                    "Health follow-up of the child"
                ),
            ),
            REPORT,
        ],
    },
    Entry {
        id: "koordinerende_enhet",
        name: t!("Koordinerende enhet", "Koordinerande eining", "Coordinating unit"),
        description: t!(
            "Har overordnet ansvar for individuell plan og for å oppnevne og lære opp koordinatorer.",
            "Har overordna ansvar for individuell plan og for å oppnemne og lære opp koordinatorar.",
            "Has overall responsibility for individual plans and for appointing and training coordinators."
        ),
        playable: true,
        responsibilities: &[
            (
                "appoint_coordinator",
                t!("Oppnevne koordinator", "Oppnemne koordinator", "Appoint a coordinator"),
            ),
            (
                "individual_plan",
                t!(
                    "Ansvar for individuell plan",
                    "Ansvar for individuell plan",
                    "Responsibility for the individual plan"
                ),
            ),
        ],
    },
    Entry {
        id: "koordinator",
        name: t!("Koordinator", "Koordinator", "Coordinator"),
        description: t!(
            "Sørger for oppfølging og samordning av tjenestetilbudet rundt barnet og familien.",
            "Syter for oppfølging og samordning av tenestetilbodet rundt barnet og familien.",
            "Ensures follow-up and coordination of the services around the child and the family."
        ),
        playable: true,
        responsibilities: &[(
            "coordinate",
            t!("Samordne tjenestene", "Samordne tenestene", "Coordinate the services"),
        )],
    },
    Entry {
        id: "forelder",
        name: t!("Forelder", "Forelder", "Parent"),
        description: t!(
            "Mor eller far. Det viktigste laget rundt barnet; likeverdig partner.",
            "Mor eller far. Det viktigaste laget rundt barnet; likeverdig partnar.",
            "Mother or father. The most important team around the child; an equal partner."
        ),
        playable: false,
        responsibilities: &[],
    },
    Entry {
        id: "barn",
        name: t!("Barnet", "Barnet", "The child"),
        description: t!(
            "Barnet eller ungdommen saken gjelder. Har rett til å bli informert og hørt.",
            "Barnet eller ungdommen saka gjeld. Har rett til å bli informert og høyrt.",
            "The child or young person the case is about. Has the right to be informed and heard."
        ),
        playable: false,
        responsibilities: &[],
    },
];

/// The ids of every catalogue role, for documentation and `laget new`.
pub fn ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE.iter().map(|e| e.id)
}

pub fn is_catalogue_role(id: &str) -> bool {
    CATALOGUE.iter().any(|e| e.id == id)
}

/// Fills in what each catalogue role leaves out, in the scenario's language.
pub fn complete_roles(scenario: &mut Scenario) {
    let lang = scenario.language.clone();
    for role in &mut scenario.roles {
        complete(role, &lang);
    }
}

fn complete(role: &mut Role, lang: &str) {
    let Some(entry) = CATALOGUE.iter().find(|e| e.id == role.id) else {
        // A role the scenario defines itself is played by people unless it says otherwise.
        role.playable.get_or_insert(true);
        return;
    };
    role.name.get_or_insert_with(|| entry.name.get(lang).to_string().into());
    role.description
        .get_or_insert_with(|| entry.description.get(lang).to_string().into());
    role.playable.get_or_insert(entry.playable);
    let mut standard: Vec<Responsibility> = entry
        .responsibilities
        .iter()
        .filter(|(id, _)| !role.responsibilities.iter().any(|r| r.id == *id))
        .map(|(id, text)| Responsibility {
            id: id.to_string().into(),
            text: text.get(lang).to_string().into(),
            needed: false,
            not_needed_when: Vec::new(),
        })
        .collect();
    standard.append(&mut role.responsibilities);
    role.responsibilities = standard;
}
