package org.newslens.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A date tagger used as a baseline: output in the extract contract (dates only). */
public interface DateBaseline {
    ObjectNode extract(ObjectMapper om, String text, String dct) throws Exception;
}
