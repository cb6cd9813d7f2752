package org.relieve.api;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the NUL character in text. A request body carrying one in any text is
 * refused while it is read, as a 400 naming the field, rather than failing at the database as a
 * 500. Spring Boot adds every Jackson module bean to the API's JSON mapper.
 */
@Component
class NoNulInText extends SimpleModule {

    static final String MESSAGE = "Text cannot contain the NUL character (\\u0000).";

    NoNulInText() {
        super("relieve-no-nul-in-text");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String text = super.deserialize(parser, context);
                if (text != null && text.indexOf('\u0000') >= 0) {
                    throw context.weirdStringException(text, String.class, MESSAGE);
                }
                return text;
            }
        });
    }
}
