use super::*;

fn registry() -> StateRegistry {
    StateRegistry::embedded(&Collation::new()).expect("embedded reference data loads")
}

fn resolves_to(reg: &StateRegistry, text: &str) -> Option<String> {
    match reg.resolve(text) {
        Resolution::Found { state, .. } => Some(state.iso3.clone()),
        Resolution::NotFound { .. } => None,
    }
}

#[test]
fn has_193_members_and_2_observers() {
    let reg = registry();
    let members = reg.un_order().iter().filter(|s| s.status == Status::Member).count();
    let observers: Vec<_> =
        reg.un_order().iter().filter(|s| s.status == Status::Observer).map(|s| s.iso3.as_str()).collect();
    assert_eq!(members, 193);
    assert_eq!(observers, ["VAT", "PSE"]);
}

#[test]
fn names_follow_current_un_usage() {
    let reg = registry();
    let short = |code: &str, lang: Lang| reg.get(code).unwrap().short_name(lang).to_string();
    assert_eq!(short("CZE", Lang::En), "Czechia");
    assert_eq!(short("TUR", Lang::En), "Türkiye");
    assert_eq!(short("NLD", Lang::En), "Netherlands (Kingdom of the)");
    assert_eq!(short("KOR", Lang::En), "Republic of Korea");
    assert_eq!(short("SWZ", Lang::Zh), "埃斯瓦蒂尼");
    assert_eq!(short("GBR", Lang::Zh), "大不列颠及北爱尔兰联合王国");
    assert_eq!(short("GBR", Lang::Fr), "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord");
    assert_eq!(short("AFG", Lang::Es), "Afganistán");
    assert_eq!(reg.get("AFG").unwrap().names(Lang::En).formal, "Islamic Republic of Afghanistan");
    for s in reg.un_order() {
        for lang in Lang::ALL {
            let n = s.names(lang);
            assert!(!n.short.ends_with(')') || n.short.contains(" ("), "{}: {}", s.iso3, n.short);
            for article in ["(the)", "(le)", "(la)", "(les)", "(l')", "(el)", "(los)", "(las)", "*"] {
                assert!(!n.short.ends_with(article), "{} {lang}: {}", s.iso3, n.short);
            }
        }
    }
}

#[test]
fn un_order_is_english_alphabetical_by_short_name() {
    let reg = registry();
    let order: Vec<&str> = reg.un_order().iter().map(|s| s.short_name(Lang::En)).collect();
    assert_eq!(order[0], "Afghanistan");
    assert_eq!(order.last(), Some(&"Zimbabwe"));
    let pos = |name: &str| order.iter().position(|n| *n == name).unwrap();
    // As in A/74/130: Czechia, then Democratic People's Republic of Korea; Iran under I.
    assert!(pos("Czechia") < pos("Democratic People's Republic of Korea"));
    assert!(pos("Democratic People's Republic of Korea") < pos("Democratic Republic of the Congo"));
    assert!(pos("Indonesia") < pos("Iran (Islamic Republic of)"));
    // Türkiye sorts as Turkiye, before Turkmenistan.
    assert!(pos("Türkiye") < pos("Turkmenistan"));
    assert!(pos("Côte d'Ivoire") < pos("Croatia"));
}

#[test]
fn language_order_uses_that_language() {
    let reg = registry();
    let fr: Vec<&str> = reg.in_language_order(Lang::Fr).map(|s| s.short_name(Lang::Fr)).collect();
    let pos = |name: &str| fr.iter().position(|n| *n == name).unwrap();
    assert!(pos("Égypte") < pos("Érythrée"));
    assert!(pos("Égypte") < pos("Fidji"));
    let zh: Vec<&str> = reg.in_language_order(Lang::Zh).map(|s| s.short_name(Lang::Zh)).collect();
    assert_eq!(zh[0], "阿尔巴尼亚");
    assert_eq!(reg.in_language_order(Lang::Ar).count(), 195);
}

#[test]
fn resolves_current_names_in_all_languages() {
    let reg = registry();
    for s in reg.un_order() {
        for lang in Lang::ALL {
            assert_eq!(
                resolves_to(&reg, &s.names(lang).short).as_deref(),
                Some(s.iso3.as_str()),
                "{lang} {}",
                s.short_name(lang)
            );
            assert_eq!(
                resolves_to(&reg, &s.names(lang).formal).as_deref(),
                Some(s.iso3.as_str()),
                "{lang} {}",
                s.names(lang).formal
            );
        }
    }
}

#[test]
fn resolves_older_names_case_spacing_and_articles() {
    let reg = registry();
    let cases = [
        ("Turkey", "TUR"),
        ("Czech Republic", "CZE"),
        ("the Czech Republic", "CZE"),
        ("Swaziland", "SWZ"),
        ("斯威士兰", "SWZ"),
        ("the former Yugoslav Republic of Macedonia", "MKD"),
        ("ex-République yougoslave de Macédoine", "MKD"),
        ("Netherlands", "NLD"),
        ("Pays-Bas", "NLD"),
        ("  republic   of KOREA ", "KOR"),
        ("Republic of Korea (the)", "KOR"),
        ("la République de Corée", "KOR"),
        ("cote d’ivoire", "CIV"),
        ("TURKIYE", "TUR"),
        ("Venezuela (Bolivarian Republic of)", "VEN"),
        ("Российская Федерация", "RUS"),
        ("الاتحاد الروسي", "RUS"),
        ("俄罗斯联邦", "RUS"),
        ("Holy See", "VAT"),
        ("State of Palestine", "PSE"),
        ("fra", "FRA"),
        ("fr", "FRA"),
        ("250", "FRA"),
    ];
    for (text, iso3) in cases {
        assert_eq!(resolves_to(&reg, text).as_deref(), Some(iso3), "{text}");
    }
}

#[test]
fn unknown_names_give_close_candidates() {
    let reg = registry();
    match reg.resolve("Korea") {
        Resolution::NotFound { candidates } => {
            let codes: Vec<&str> = candidates.iter().map(|c| c.iso3).collect();
            assert_eq!(codes, ["KOR", "PRK"]);
        }
        Resolution::Found { state, .. } => panic!("Korea is ambiguous, got {}", state.iso3),
    }
    match reg.resolve("Germny") {
        Resolution::NotFound { candidates } => assert_eq!(candidates[0].iso3, "DEU"),
        Resolution::Found { .. } => panic!("a misspelling must not resolve"),
    }
    match reg.resolve("European Union") {
        Resolution::NotFound { candidates } => assert!(candidates.iter().all(|c| c.distance > 0.0)),
        Resolution::Found { .. } => panic!("the EU is not a State"),
    }
    assert!(matches!(reg.resolve(""), Resolution::NotFound { candidates } if candidates.is_empty()));
}

#[test]
fn filtering_matches_any_language_alias_or_code() {
    let reg = registry();
    let hits = |q: &str| {
        let mut v: Vec<&str> = reg.matching(q).into_iter().collect();
        v.sort();
        v.join(",")
    };
    assert_eq!(hits("korea"), "KOR,PRK");
    assert_eq!(hits("Swazi"), "SWZ");
    assert_eq!(hits("埃斯瓦"), "SWZ");
    assert_eq!(hits("fra"), "FRA");
    assert_eq!(reg.matching("").len(), 195);
    assert!(reg.matching("zzzz").is_empty());
}

fn corrupt(states: &str, aliases: &str) -> String {
    let dir =
        std::env::temp_dir().join(format!("comity-states-{}-{}", std::process::id(), states.len() + aliases.len()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("states.csv"), states).unwrap();
    std::fs::write(dir.join("aliases.csv"), aliases).unwrap();
    let err = StateRegistry::from_dir(&dir, &Collation::new()).err().expect("corrupt data is refused").to_string();
    std::fs::remove_dir_all(&dir).ok();
    err
}

#[test]
fn corrupt_files_are_refused_with_file_and_line() {
    let good = STATES_CSV;
    let mut lines: Vec<&str> = good.lines().collect();
    let broken_status = lines[3].replace(",member,", ",membre,");
    lines[3] = &broken_status;
    let err = corrupt(&(lines.join("\n") + "\n"), "iso3,lang,name,note\n");
    assert!(err.contains("states.csv line 4") && err.contains("membre"), "{err}");

    let short_row: String = good.lines().take(5).collect::<Vec<_>>().join("\n") + "\nXYZ,XY,999\n";
    let err = corrupt(&short_row, "iso3,lang,name,note\n");
    assert!(err.contains("states.csv line 6"), "{err}");

    let err = corrupt(good, "iso3,lang,name,note\nFRA,de,Frankreich,\n");
    assert!(err.contains("aliases.csv line 2") && err.contains("unknown language"), "{err}");

    let err = corrupt(good, "iso3,lang,name,note\nFRA,en,Germany,\n");
    assert!(err.contains("cannot be told apart"), "{err}");

    let err = corrupt("iso3,name\nFRA,France\n", "iso3,lang,name,note\n");
    assert!(err.contains("line 1") && err.contains("header"), "{err}");
}

#[test]
fn every_state_has_an_m49_region() {
    for state in registry().un_order() {
        let region = m49_region(&state.iso3).unwrap_or_else(|| panic!("{} has no region", state.iso3));
        assert!(M49_REGIONS.contains(&region), "{}: {region}", state.iso3);
    }
    assert_eq!(m49_region("KEN"), Some("002"));
    assert_eq!(m49_region("FRA"), Some("150"));
    assert_eq!(m49_region("VAT"), Some("150"), "the observer States too");
    assert_eq!(m49_region("XXX"), None);
}
