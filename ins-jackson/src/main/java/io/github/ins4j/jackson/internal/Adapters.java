package io.github.ins4j.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ins4j.error.InsException;
import io.github.ins4j.jackson.InsJsonException;
import java.io.IOException;

/** Jackson serializers and deserializers made of the {@link JsonForm} writers and readers. */
public final class Adapters {

    private Adapters() {
    }

    /**
     * Writes one value.
     *
     * @param <T> the type
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the value.
         *
         * @param g     the generator
         * @param value the value
         * @throws IOException from the generator
         */
        void write(JsonGenerator g, T value) throws IOException;
    }

    /**
     * Reads one value, the parser on its first token.
     *
     * @param <T> the type
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads the value.
         *
         * @param p the parser
         * @return the value
         * @throws IOException from the parser
         */
        T read(JsonParser p) throws IOException;
    }

    /**
     * A serializer.
     *
     * @param <T>    the type
     * @param type   the type
     * @param writer the writer
     * @return the serializer
     */
    public static <T> StdSerializer<T> serializer(Class<T> type, Writer<T> writer) {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(g, value);
            }
        };
    }

    /**
     * A serializer of a value written as a JSON string.
     *
     * @param <T>  the type
     * @param type the type
     * @param text the text of a value
     * @return the serializer
     */
    public static <T> StdSerializer<T> stringSerializer(Class<T> type, java.util.function.Function<T, String> text) {
        return serializer(type, (g, v) -> g.writeString(text.apply(v)));
    }

    /**
     * A deserializer whose ins4j refusals become {@link InsJsonException}.
     *
     * @param <T>    the type
     * @param type   the type
     * @param what   what is read, for messages ("a RecordedEvent")
     * @param reader the reader
     * @return the deserializer
     */
    public static <T> StdDeserializer<T> deserializer(Class<T> type, String what, Reader<T> reader) {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return reader.read(p);
                } catch (InsException e) {
                    throw InsJsonException.of(p, what, e);
                }
            }
        };
    }

    /**
     * A deserializer of a value written as a JSON string.
     *
     * @param <T>   the type
     * @param type  the type
     * @param what  what is read
     * @param parse the strict parser of the text
     * @return the deserializer
     */
    public static <T> StdDeserializer<T> stringDeserializer(Class<T> type, String what,
            java.util.function.Function<String, T> parse) {
        return deserializer(type, what, p -> parse.apply(JsonForm.currentText(p, what)));
    }
}
