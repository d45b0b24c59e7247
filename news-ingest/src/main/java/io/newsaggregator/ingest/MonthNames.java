package io.newsaggregator.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Month names (full, genitive and abbreviated forms) of the languages news pages are written in. */
final class MonthNames {

    private static final String[][] NAMES = {
        // English
        {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
        {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
        {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
        // German
        {"januar", "jänner", "jänn", "jän"}, {"februar", "feber"}, {"märz", "mär", "maerz"}, {},
        {"mai"}, {"juni"}, {"juli"}, {}, {}, {"oktober", "okt"}, {}, {"dezember", "dez"},
        // French
        {"janvier", "janv"}, {"février", "fevrier", "févr", "fév"}, {"mars"}, {"avril", "avr"}, {},
        {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"},
        {"décembre", "decembre", "déc"},
        // Spanish
        {"enero", "ene"}, {"febrero"}, {"marzo"}, {"abril", "abr"}, {"mayo"}, {"junio"}, {"julio"},
        {"agosto", "ago"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"},
        {"diciembre", "dic"},
        // Italian
        {"gennaio", "gen"}, {"febbraio"}, {}, {"aprile"}, {"maggio", "mag"}, {"giugno", "giu"},
        {"luglio", "lug"}, {}, {"settembre", "set"}, {"ottobre", "ott"}, {}, {"dicembre"},
        // Portuguese
        {"janeiro"}, {"fevereiro", "fev"}, {"março", "marco"}, {}, {"maio"}, {"junho"}, {"julho"},
        {}, {"setembro"}, {"outubro", "out"}, {"novembro"}, {"dezembro"},
        // Dutch
        {"januari"}, {"februari"}, {"maart", "mrt"}, {}, {"mei"}, {}, {}, {"augustus"}, {}, {}, {},
        {},
        // Polish (nominative and genitive)
        {"styczeń", "stycznia", "sty"}, {"luty", "lutego", "lut"}, {"marzec", "marca"},
        {"kwiecień", "kwietnia", "kwi"}, {"maja"}, {"czerwiec", "czerwca", "cze"},
        {"lipiec", "lipca", "lip"}, {"sierpień", "sierpnia", "sie"}, {"wrzesień", "września", "wrz"},
        {"październik", "października", "paź"}, {"listopad", "listopada", "lis"},
        {"grudzień", "grudnia", "gru"},
        // Turkish
        {"ocak"}, {"şubat", "subat"}, {"mart"}, {"nisan"}, {"mayıs", "mayis"}, {"haziran"},
        {"temmuz"}, {"ağustos", "agustos"}, {"eylül", "eylul"}, {"ekim"}, {"kasım", "kasim"},
        {"aralık", "aralik"},
        // Scandinavian
        {"januar"}, {"februar"}, {"marts"}, {}, {"maj"}, {}, {}, {"augusti"}, {}, {}, {}, {},
        // Indonesian
        {}, {"pebruari"}, {"maret"}, {}, {}, {}, {}, {"agustus"}, {}, {"oktober"}, {}, {"desember"},
        // Finnish (partitive, as in "12. toukokuuta 2024")
        {"tammikuuta"}, {"helmikuuta"}, {"maaliskuuta"}, {"huhtikuuta"}, {"toukokuuta"},
        {"kesäkuuta"}, {"heinäkuuta"}, {"elokuuta"}, {"syyskuuta"}, {"lokakuuta"},
        {"marraskuuta"}, {"joulukuuta"},
        // Czech (genitive)
        {"ledna"}, {"února"}, {"března"}, {"dubna"}, {"května"}, {"června"}, {"července"},
        {"srpna"}, {"září"}, {"října"}, {"listopadu"}, {"prosince"},
        // Hungarian
        {"január"}, {"február"}, {"március"}, {"április"}, {"május"}, {"június"}, {"július"},
        {"augusztus"}, {"szeptember"}, {"október"}, {}, {},
        // Russian (genitive and nominative)
        {"января", "январь", "янв"}, {"февраля", "февраль", "фев"}, {"марта", "март"},
        {"апреля", "апрель", "апр"}, {"мая", "май"}, {"июня", "июнь"}, {"июля", "июль"},
        {"августа", "август", "авг"}, {"сентября", "сентябрь", "сен"},
        {"октября", "октябрь", "окт"}, {"ноября", "ноябрь", "ноя"}, {"декабря", "декабрь", "дек"},
        // Ukrainian (genitive)
        {"січня"}, {"лютого"}, {"березня"}, {"квітня"}, {"травня"}, {"червня"}, {"липня"},
        {"серпня"}, {"вересня"}, {"жовтня"}, {"листопада"}, {"грудня"},
        // Bulgarian
        {"януари"}, {"февруари"}, {}, {"април"}, {}, {"юни"}, {"юли"}, {}, {"септември"},
        {"октомври"}, {"ноември"}, {"декември"},
        // Greek (genitive)
        {"ιανουαρίου"}, {"φεβρουαρίου"}, {"μαρτίου"}, {"απριλίου"}, {"μαΐου"}, {"ιουνίου"},
        {"ιουλίου"}, {"αυγούστου"}, {"σεπτεμβρίου"}, {"οκτωβρίου"}, {"νοεμβρίου"},
        {"δεκεμβρίου"},
        // Croatian/Serbian/Bosnian (genitive)
        {"siječnja"}, {"veljače"}, {"ožujka"}, {"travnja"}, {"svibnja"}, {"lipnja"}, {"srpnja"},
        {"kolovoza"}, {"rujna"}, {"listopada"}, {"studenoga", "studenog"}, {"prosinca"},
        {"januara"}, {"februara"}, {"marta"}, {"aprila"}, {"maja"}, {"juna"}, {"jula"},
        {"avgusta", "augusta"}, {"septembra"}, {"oktobra"}, {"novembra"}, {"decembra"},
        // Arabic (Egyptian/Gulf and Levantine names)
        {"يناير", "كانون الثاني"}, {"فبراير", "شباط"}, {"مارس", "آذار"}, {"أبريل", "ابريل", "إبريل", "نيسان"},
        {"مايو", "أيار"}, {"يونيو", "حزيران"}, {"يوليو", "تموز"}, {"أغسطس", "اغسطس", "آب"},
        {"سبتمبر", "أيلول"}, {"أكتوبر", "اكتوبر", "تشرين الأول"}, {"نوفمبر", "تشرين الثاني"},
        {"ديسمبر", "كانون الأول"},
        // Albanian
        {"janar"}, {"shkurt"}, {}, {"prill"}, {}, {"qershor"}, {"korrik"}, {"gusht"}, {"shtator"},
        {"tetor"}, {"nëntor"}, {"dhjetor"},
    };

    private static final Map<String, Integer> BY_NAME = build();

    /** Regex alternation of all names, longest first so "juni" never shadows "junio". */
    static final String ALTERNATION = BY_NAME.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));

    private MonthNames() {
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            for (String name : NAMES[i]) {
                map.putIfAbsent(name, i % 12 + 1);
            }
        }
        return Map.copyOf(map);
    }

    /** @return 1..12, or 0 when the word is no known month name */
    static int month(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return BY_NAME.getOrDefault(key, 0);
    }
}
