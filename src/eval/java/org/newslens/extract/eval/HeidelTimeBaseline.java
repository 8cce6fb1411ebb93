package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HeidelTime 2.2.1 (NEWS mode, no POS tagger) as a date baseline, output in the extract
 * contract. Only compiled in the eval profile (src/eval/java), which has HeidelTime on the class path. HeidelTime sets the default locale to UK on start: restored.
 */
public final class HeidelTimeBaseline implements DateBaseline {
    private static final Pattern TIMEX = Pattern.compile(
            "<TIMEX3 tid=\"[^\"]*\" type=\"([A-Z]+)\" value=\"([^\"]*)\"[^>]*>(.*?)</TIMEX3>", Pattern.DOTALL);
    /** Held so that the level sticks: HeidelTime logs every document at INFO. */
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("");
    private final HeidelTimeStandalone ht;

    public HeidelTimeBaseline() {
        LOG.setLevel(java.util.logging.Level.WARNING);
        Locale saved = Locale.getDefault();
        Properties p = new Properties();
        p.setProperty("considerDate", "true");
        p.setProperty("considerDuration", "true");
        p.setProperty("considerSet", "true");
        p.setProperty("considerTime", "true");
        p.setProperty("considerTemponym", "false");
        p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
        p.setProperty("uimaVarDate", "Date");
        p.setProperty("uimaVarDuration", "Duration");
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarSet", "Set");
        p.setProperty("uimaVarTime", "Time");
        p.setProperty("uimaVarTemponym", "Temponym");
        p.setProperty("uimaVarTypeToProcess", "Type");
        p.setProperty("ConvertDurations", "true");
        Config.setProps(p);
        ht = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, "config.props", POSTagger.NO);
        Locale.setDefault(saved);
    }

    @Override
    public ObjectNode extract(ObjectMapper om, String text, String dct) throws Exception {
        Date d = Date.from(LocalDate.parse(dct).atStartOfDay().toInstant(ZoneOffset.UTC));
        String out = ht.process(text, d);
        ObjectNode root = om.createObjectNode();
        root.putArray("actors");
        root.putArray("quotes");
        ArrayNode dates = root.putArray("dates");
        Matcher m = TIMEX.matcher(out);
        int cursor = 0;
        while (m.find()) {
            String t = m.group(3);
            int b = text.indexOf(t, cursor);
            if (b >= 0) cursor = b + t.length();
            dates.addObject().put("text", t).put("value", m.group(2)).put("type", m.group(1))
                    .put("start", b).put("end", b < 0 ? -1 : b + t.length());
        }
        return root;
    }
}
