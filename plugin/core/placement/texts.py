"""English/German message catalogue of the placement optimiser (see plugin.core.i18n)."""
from __future__ import annotations

from typing import Dict

from .. import i18n

MESSAGES: Dict[str, Dict[str, str]] = {
    # input errors
    "bad_places": {"en": "The number of new places (PLACES) must be at least 1; it is {value}.",
                   "de": "Die Zahl neuer Plätze (PLACES) muss mindestens 1 sein; sie ist {value}."},
    "bad_demand_total": {"en": "The group demand table asks for {value} places in total; it must ask for at least 1.",
                         "de": "Die Gruppenbedarfstabelle verlangt insgesamt {value} Plätze; es muss mindestens 1 sein."},
    "bad_demand_row": {"en": "Group demand: group '{group}' has {value} places; places must be 0 or more.",
                       "de": "Gruppenbedarf: Gruppe „{group}“ hat {value} Plätze; Plätze müssen 0 oder mehr sein."},
    "dup_demand": {"en": "Group demand: group '{group}' is listed more than once.",
                   "de": "Gruppenbedarf: Gruppe „{group}“ ist mehrfach aufgeführt."},
    "empty_demand_label": {"en": "Group demand: a row has no group label.",
                           "de": "Gruppenbedarf: Eine Zeile hat keine Gruppenbezeichnung."},
    "no_candidates": {"en": "There are no candidate sites: add a candidates layer with at least one site.",
                      "de": "Es gibt keine Kandidatenflächen: Fügen Sie einen Kandidaten-Layer mit mindestens einem Standort hinzu."},
    "no_districts": {"en": "There are no districts: the district cap needs district polygons with population.",
                     "de": "Es gibt keine Stadtteile: Die Stadtteil-Obergrenze braucht Stadtteilflächen mit Einwohnerzahl."},
    "all_outside": {"en": "None of the {n} candidate sites lies inside a district, so none can be used. Check the layers' CRS.",
                    "de": "Keine der {n} Kandidatenflächen liegt in einem Stadtteil; keine kann genutzt werden. Prüfen Sie das KBS der Layer."},
    "bad_module": {"en": "Candidate '{site}': min_places ({min}) and max_places ({max}) must be multiples of the module ({module}).",
                   "de": "Kandidat „{site}“: min_places ({min}) und max_places ({max}) müssen Vielfache des Moduls ({module}) sein."},
    "bad_param": {"en": "Parameter {name} = {value} is not allowed: {why}.",
                  "de": "Parameter {name} = {value} ist nicht zulässig: {why}."},
    "bad_relation": {"en": "Rule {a} – {b}: relation '{relation}' is unknown (use 'separate' or 'near').",
                     "de": "Regel {a} – {b}: Beziehung „{relation}“ ist unbekannt („separate“ oder „near“ verwenden)."},
    "group_nowhere": {"en": "Group '{group}' has a demand of {places} places but no candidate site may hold it: {why}.",
                      "de": "Für Gruppe „{group}“ werden {places} Plätze verlangt, aber keine Kandidatenfläche darf sie aufnehmen: {why}."},
    "group_nowhere_near": {"en": "rule '{a} near {b} within {dist} m' and no hotspot or shelter of '{b}' is that close to any site",
                           "de": "Regel „{a} nahe {b} innerhalb {dist} m“, und kein Hotspot und keine Unterkunft von „{b}“ liegt so nah an einem Standort"},
    "group_nowhere_sep": {"en": "shelters of a conflicting group are too close to every site",
                          "de": "Unterkünfte einer Konfliktgruppe liegen zu nah an jedem Standort"},
    "input_invalid": {"en": "The placement cannot start: {n} problem(s) in the input.",
                      "de": "Die Platzierung kann nicht starten: {n} Problem(e) in den Eingaben."},
    # notes
    "note_outside": {"en": "{n} candidate site(s) lie outside every district and were not used: {ids}.",
                     "de": "{n} Kandidatenfläche(n) liegen außerhalb aller Stadtteile und wurden nicht genutzt: {ids}."},
    "note_nopop": {"en": "{n} candidate site(s) lie in districts without population and receive no places: {ids}.",
                   "de": "{n} Kandidatenfläche(n) liegen in Stadtteilen ohne Einwohner und erhalten keine Plätze: {ids}."},
    "note_full": {"en": "{n} candidate site(s) lie in districts already at or above the cap: {ids}.",
                  "de": "{n} Kandidatenfläche(n) liegen in Stadtteilen, die die Obergrenze schon erreichen: {ids}."},
    "note_services": {"en": "{n} candidate site(s) lack a required service within {dist} m: {ids}.",
                      "de": "{n} Kandidatenfläche(n) fehlt ein gefordertes Angebot innerhalb von {dist} m: {ids}."},
    "note_shelter": {"en": "{n} candidate site(s) are closer than {dist} m to an existing shelter: {ids}.",
                     "de": "{n} Kandidatenfläche(n) liegen näher als {dist} m an einer bestehenden Unterkunft: {ids}."},
    "note_tiny": {"en": "{n} candidate site(s) cannot hold one module (max_places below module): {ids}.",
                  "de": "{n} Kandidatenfläche(n) fassen kein einziges Modul (max_places kleiner als Modul): {ids}."},
    "note_rule_unused": {"en": "Rule {a} {relation} {b}: neither group appears in the group demand, so it does not affect new places.",
                         "de": "Regel {a} {relation} {b}: Keine der Gruppen steht im Gruppenbedarf; sie betrifft keine neuen Plätze."},
    # status
    "status_optimal": {"en": "Optimal placement of {places} places at {sites} sites; highest load {load} places per 1,000 inhabitants.",
                       "de": "Optimale Verteilung von {places} Plätzen auf {sites} Standorte; höchste Belastung {load} Plätze je 1.000 Einwohner."},
    "status_feasible": {"en": "Placement of {places} places at {sites} sites found within the time limit; highest load {load} per 1,000, at most {gap} % from the best possible.",
                        "de": "Verteilung von {places} Plätzen auf {sites} Standorte innerhalb des Zeitlimits gefunden; höchste Belastung {load} je 1.000, höchstens {gap} % vom bestmöglichen Wert entfernt."},
    "status_infeasible": {"en": "No placement satisfies all rules. {first}",
                          "de": "Keine Verteilung erfüllt alle Regeln. {first}"},
    "status_timeout": {"en": "No placement was found within the time limit of {t} s; infeasibility is not proven. Increase TIME_LIMIT_S or relax the rules.",
                       "de": "Innerhalb des Zeitlimits von {t} s wurde keine Verteilung gefunden; Unlösbarkeit ist nicht bewiesen. TIME_LIMIT_S erhöhen oder Regeln lockern."},
    "status_violations": {"en": "Warning: the verifier found {n} rule violation(s) in this result.",
                          "de": "Warnung: Die Prüfung fand {n} Regelverstöße in diesem Ergebnis."},
    # diagnosis
    "diag_all": {"en": "All rules together leave room for {placed} of {need} places.",
                 "de": "Alle Regeln zusammen lassen Raum für {placed} von {need} Plätzen."},
    "diag_only": {"en": "The {rule} alone leaves room for {placed} of {need} places.",
                  "de": "Die {rule} allein lässt Raum für {placed} von {need} Plätzen."},
    "diag_without": {"en": "Without the {rule}, all {need} places fit.",
                     "de": "Ohne die {rule} passen alle {need} Plätze."},
    "diag_group": {"en": "Group '{group}': the rules leave room for {placed} of {need} places.",
                   "de": "Gruppe „{group}“: Die Regeln lassen Raum für {placed} von {need} Plätzen."},
    "diag_sites": {"en": "The usable candidate sites offer at most {placed} of {need} places.",
                   "de": "Die nutzbaren Kandidatenflächen bieten höchstens {placed} von {need} Plätzen."},
    "diag_cap": {"en": "MAX_PER_1000 must be at least {value} (now {now}).",
                 "de": "MAX_PER_1000 muss mindestens {value} sein (jetzt {now})."},
    "diag_spacing": {"en": "MIN_SPACING_M must be at most {value} m (now {now} m).",
                     "de": "MIN_SPACING_M darf höchstens {value} m sein (jetzt {now} m)."},
    "diag_hotspot": {"en": "HOTSPOT_MAX_PLACES must be at least {value} (now {now}).",
                     "de": "HOTSPOT_MAX_PLACES muss mindestens {value} sein (jetzt {now})."},
    "diag_service": {"en": "SERVICE_MAX_DISTANCE_M must be at least {value} m (now {now} m).",
                     "de": "SERVICE_MAX_DISTANCE_M muss mindestens {value} m sein (jetzt {now} m)."},
    "diag_rule": {"en": "Dropping the rule '{rule}' alone makes the plan feasible.",
                  "de": "Schon ohne die Regel „{rule}“ ist die Planung lösbar."},
    "diag_places": {"en": "Reduce the number of new places to at most {value}, or relax the rules above.",
                    "de": "Reduzieren Sie die neuen Plätze auf höchstens {value} oder lockern Sie die genannten Regeln."},
    "diag_granularity": {"en": "The modules of the sites cannot add up exactly to the demand with the other rules in force.",
                         "de": "Die Module der Standorte ergeben zusammen mit den übrigen Regeln nicht genau den Bedarf."},
    "diag_unknown": {"en": "The conflict could not be narrowed down within the time limit.",
                     "de": "Der Konflikt ließ sich im Zeitlimit nicht eingrenzen."},
    "rule_district_cap": {"en": "district cap (MAX_PER_1000)", "de": "Stadtteil-Obergrenze (MAX_PER_1000)"},
    "rule_spacing": {"en": "spacing rule (MIN_SPACING_M)", "de": "Abstandsregel (MIN_SPACING_M)"},
    "rule_hotspot": {"en": "hotspot rule (HOTSPOT_MAX_PLACES)", "de": "Hotspot-Regel (HOTSPOT_MAX_PLACES)"},
    "rule_services": {"en": "service rule (SERVICE_CATEGORIES)", "de": "Versorgungsregel (SERVICE_CATEGORIES)"},
    "rule_groups": {"en": "group rules (RULES)", "de": "Gruppenregeln (RULES)"},
    # verifier
    "v_unknown_site": {"en": "Site '{site}' is not a candidate site.", "de": "Standort „{site}“ ist keine Kandidatenfläche."},
    "v_bad_places": {"en": "Site '{site}': {places} places is not a positive whole number.",
                     "de": "Standort „{site}“: {places} Plätze ist keine positive ganze Zahl."},
    "v_module": {"en": "Site '{site}': {places} places is not a multiple of its module {module}.",
                 "de": "Standort „{site}“: {places} Plätze ist kein Vielfaches des Moduls {module}."},
    "v_range": {"en": "Site '{site}': {places} places is outside its range {min}–{max}.",
                "de": "Standort „{site}“: {places} Plätze liegt außerhalb des Bereichs {min}–{max}."},
    "v_outside": {"en": "Site '{site}' lies outside every district.", "de": "Standort „{site}“ liegt außerhalb aller Stadtteile."},
    "v_total": {"en": "{placed} new places placed, {need} required.", "de": "{placed} neue Plätze verteilt, {need} verlangt."},
    "v_group_total": {"en": "Group '{group}': {placed} new places placed, {need} required.",
                      "de": "Gruppe „{group}“: {placed} neue Plätze verteilt, {need} verlangt."},
    "v_unknown_group": {"en": "Site '{site}': group '{group}' is not in the group demand.",
                        "de": "Standort „{site}“: Gruppe „{group}“ steht nicht im Gruppenbedarf."},
    "v_cap": {"en": "District '{district}': {new} new places exceed the cap of {cap}.",
              "de": "Stadtteil „{district}“: {new} neue Plätze überschreiten die Obergrenze von {cap}."},
    "v_spacing": {"en": "Sites '{a}' and '{b}' are {d} m apart; MIN_SPACING_M is {min} m.",
                  "de": "Standorte „{a}“ und „{b}“ liegen {d} m auseinander; MIN_SPACING_M ist {min} m."},
    "v_spacing_shelter": {"en": "Site '{a}' is {d} m from shelter '{b}'; MIN_SPACING_M is {min} m.",
                          "de": "Standort „{a}“ liegt {d} m von Unterkunft „{b}“ entfernt; MIN_SPACING_M ist {min} m."},
    "v_hotspot": {"en": "Hotspot '{hotspot}': {new} new places within its radius exceed the limit of {cap}.",
                  "de": "Hotspot „{hotspot}“: {new} neue Plätze im Umkreis überschreiten die Grenze von {cap}."},
    "v_separate": {"en": "Rule '{a} separate {b}' ({dist} m): site '{s}' ({ga}) is {d} m from '{t}' ({gb}).",
                   "de": "Regel „{a} getrennt von {b}“ ({dist} m): Standort „{s}“ ({ga}) liegt {d} m von „{t}“ ({gb}) entfernt."},
    "v_near": {"en": "Rule '{a} near {b}' ({dist} m): site '{s}' has no hotspot or shelter of '{b}' within {dist} m.",
               "de": "Regel „{a} nahe {b}“ ({dist} m): Standort „{s}“ hat keinen Hotspot und keine Unterkunft von „{b}“ innerhalb {dist} m."},
    "v_service": {"en": "Site '{site}': no '{category}' within {dist} m.",
                  "de": "Standort „{site}“: kein Angebot „{category}“ innerhalb von {dist} m."},
    # reasons
    "r_district": {"en": "District {district}: {before} → {after} places per 1,000 inhabitants (cap {cap}).",
                   "de": "Stadtteil {district}: {before} → {after} Plätze je 1.000 Einwohner (Obergrenze {cap})."},
    "r_shelter": {"en": "Nearest shelter: {name}, {d} m.", "de": "Nächste Unterkunft: {name}, {d} m."},
    "r_no_shelter": {"en": "No existing shelter.", "de": "Keine bestehende Unterkunft."},
    "r_hot_in": {"en": "Within the radius of hotspot(s) {names}.", "de": "Im Umkreis von Hotspot(s) {names}."},
    "r_hot_out": {"en": "No hotspot nearby (nearest {name}, {d} m).", "de": "Kein Hotspot in der Nähe (nächster {name}, {d} m)."},
    "r_services": {"en": "Services: {items}.", "de": "Angebote: {items}."},
    "r_group": {"en": "Group {group}.", "de": "Gruppe {group}."},
}


def text(key: str, lang: str = "", **values: object) -> str:
    """Message ``key`` in ``lang`` (default: the current core language)."""
    if not lang:
        return i18n.msg(MESSAGES, key, **values)
    entry = MESSAGES[key]
    return (entry.get(lang) or entry["en"]).format(**values)


def num(value: float, lang: str = "", digits: int = 1) -> str:
    """A number with ``digits`` decimals and the language's decimal mark."""
    s = f"{value:,.{digits}f}"
    if (lang or i18n.language()) == "de":
        s = s.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return s
