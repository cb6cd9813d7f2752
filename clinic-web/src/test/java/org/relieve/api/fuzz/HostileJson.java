package org.relieve.api.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies an attacker or a broken integration might send, made from an endpoint's valid
 * body: one value replaced by something hostile (wrong type, null, a megabyte of text, control
 * characters including NUL, markup, numbers at and past the int and long bounds), a field dropped,
 * an unknown field added, fully random JSON, or text that is not JSON at all.
 */
final class HostileJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "x".repeat(1 << 20);

    private HostileJson() {
    }

    static Arbitrary<String> bodies(String validBody) {
        JsonNode valid = JSON.readTree(validBody);
        List<Slot> slots = slots(valid);
        List<String> keys = new ArrayList<>(valid.propertyNames());
        Arbitrary<String> oneValueReplaced = slots.isEmpty() ? randomJson(keys)
                : Arbitraries.of(slots).flatMap(slot -> values().map(value -> write(slot.replacedBy(valid, value))));
        Arbitrary<String> oneFieldDropped = slots.isEmpty() ? randomJson(keys)
                : Arbitraries.of(slots).map(slot -> write(slot.dropped(valid)));
        Arbitrary<String> unknownFieldAdded = Arbitraries.strings().ofMaxLength(12)
                .flatMap(name -> values().map(value -> write(((ObjectNode) valid.deepCopy()).set("x" + name, value))));
        return Arbitraries.<String>frequencyOf(
                Tuple.of(12, oneValueReplaced),
                Tuple.of(2, oneFieldDropped),
                Tuple.of(1, unknownFieldAdded),
                Tuple.of(3, randomJson(keys)),
                Tuple.of(2, notJson(validBody)),
                Tuple.of(1, Arbitraries.just(validBody)));
    }

    /** Hostile values for one field. */
    static Arbitrary<JsonNode> values() {
        return Arbitraries.<JsonNode>frequencyOf(
                Tuple.of(6, Arbitraries.<JsonNode>of(
                        NODES.nullNode(), NODES.stringNode(""), NODES.stringNode("   "), NODES.stringNode(MEGABYTE),
                        NODES.stringNode("Ann\u0000e"), NODES.stringNode("\u0000"),
                        NODES.stringNode("\u0001\u0007\u001b[31m\r\n\t\u007f\u2028"),
                        NODES.stringNode("<script>alert(1)</script>"), NODES.stringNode("<img src=x onerror=alert(1)>"),
                        NODES.stringNode("' or 1=1 --"), NODES.stringNode("NaN"), NODES.stringNode("Infinity"),
                        NODES.stringNode("-0"), NODES.stringNode("1e999"), NODES.stringNode("2026-02-30"),
                        NODES.stringNode("2026-11-27T25:61:00+25:00"), NODES.stringNode("\uD83D\uDE00 Zażółć"),
                        NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(Integer.MAX_VALUE),
                        NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(BigInteger.TWO.pow(70)), NODES.numberNode(-1), NODES.numberNode(0),
                        NODES.numberNode(11), NODES.numberNode(1.5), NODES.numberNode(new BigDecimal("1e308")),
                        NODES.numberNode(-1e-300), NODES.booleanNode(true), NODES.booleanNode(false),
                        NODES.objectNode(), NODES.arrayNode(), nested(40))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40).map(text -> (JsonNode) NODES.stringNode(text))),
                Tuple.of(1, Arbitraries.longs().map(number -> (JsonNode) NODES.numberNode(number))),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8).list().ofMaxSize(4)
                        .map(items -> {
                            ArrayNode array = NODES.arrayNode();
                            items.forEach(array::add);
                            return (JsonNode) array;
                        })));
    }

    /** An object with some of the endpoint's own keys and random ones, holding hostile values. */
    private static Arbitrary<String> randomJson(List<String> keys) {
        Arbitrary<String> key = keys.isEmpty() ? Arbitraries.strings().ofMaxLength(10)
                : Arbitraries.oneOf(Arbitraries.of(keys), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> object = Arbitraries.maps(key, values()).ofMaxSize(6).map(fields -> {
            ObjectNode node = NODES.objectNode();
            fields.forEach(node::set);
            return write(node);
        });
        return Arbitraries.oneOf(object, values().map(HostileJson::write));
    }

    /** Bodies no JSON parser accepts, or that it refuses for their depth. */
    private static Arbitrary<String> notJson(String validBody) {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{", "}", "[1,2", "nul", "{\"a\":}", "not json", "{\"firstName\": \"unterminated}",
                        validBody + "garbage", "[".repeat(5000) + "]".repeat(5000),
                        "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}", "\u0000", "{'single':'quotes'}"),
                Arbitraries.integers().between(1, Math.max(1, validBody.length() - 1)).map(cut -> validBody.substring(0, cut)));
    }

    private static JsonNode nested(int depth) {
        ArrayNode outer = NODES.arrayNode();
        ArrayNode current = outer;
        for (int i = 0; i < depth; i++) {
            ArrayNode inner = NODES.arrayNode();
            current.add(inner);
            current = inner;
        }
        return outer;
    }

    private static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    /** Every place in the body a value sits: a field of an object or an element of an array. */
    private static List<Slot> slots(JsonNode node) {
        List<Slot> slots = new ArrayList<>();
        collect(node, "", slots);
        return slots;
    }

    private static void collect(JsonNode node, String pointer, List<Slot> slots) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                slots.add(new Slot(pointer, field.getKey(), -1));
                collect(field.getValue(), pointer + "/" + field.getKey(), slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(pointer, null, i));
                collect(node.get(i), pointer + "/" + i, slots);
            }
        }
    }

    private record Slot(String parent, String field, int index) {

        JsonNode replacedBy(JsonNode valid, JsonNode value) {
            JsonNode copy = valid.deepCopy();
            JsonNode container = copy.at(parent);
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
            return copy;
        }

        JsonNode dropped(JsonNode valid) {
            JsonNode copy = valid.deepCopy();
            JsonNode container = copy.at(parent);
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
            return copy;
        }

        @Override
        public String toString() {
            return parent + "/" + (field != null ? field : index);
        }
    }
}
