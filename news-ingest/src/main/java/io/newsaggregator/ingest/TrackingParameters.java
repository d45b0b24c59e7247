package io.newsaggregator.ingest;

import java.util.Locale;
import java.util.Set;

/** Names of query parameters that only track a visit and never select content. */
final class TrackingParameters {
    private static final Set<String> EXACT = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "yclid",
            "twclid", "ttclid", "li_fat_id", "ref_src", "ref_url", "cmpid", "ocid", "ito", "icid", "ncid",
            "xtor", "_hsenc", "_hsmi", "mkt_tok", "wt.mc_id", "wt_mc_id", "spm", "share", "smid", "smtyp",
            "cid_source", "rss", "feedtype", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
            "s_cid", "sr_share", "vero_id", "oly_enc_id", "oly_anon_id", "__twitter_impression", "soc_src",
            "soc_trk", "guccounter", "guce_referrer", "guce_referrer_sig", "intcmp", "partner", "cmp");
    private static final Set<String> REF_VALUES_THAT_TRACK = Set.of(
            "rss", "feed", "twitter", "twtr", "facebook", "fb", "share", "social", "newsletter", "email",
            "homepage", "home", "nav", "tw", "linkedin", "whatsapp", "flipboard", "upday", "google", "yahoo");
    private static final String[] PREFIXES = {"utm_", "at_", "pk_", "mtm_", "hmb_", "ga_", "vgo_ee", "__hs"};

    private TrackingParameters() {
    }

    static boolean isTracking(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (EXACT.contains(n)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix)) {
                return true;
            }
        }
        // "ref" selects content on a few sites; it tracks only when its value names a channel
        if (n.equals("ref") || n.equals("source") || n.equals("src")) {
            return value != null && REF_VALUES_THAT_TRACK.contains(value.toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
