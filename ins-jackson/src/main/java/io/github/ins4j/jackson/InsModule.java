package io.github.ins4j.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.ins4j.identity.EarlierIdentifier;
import io.github.ins4j.identity.InsIdentity;
import io.github.ins4j.jackson.internal.Adapters;
import io.github.ins4j.jackson.internal.JsonForm;
import io.github.ins4j.matricule.InsIdentifier;
import io.github.ins4j.matricule.InsMatricule;
import io.github.ins4j.matricule.InsOid;
import io.github.ins4j.qualification.AuditEntry;
import io.github.ins4j.qualification.ExceptionContext;
import io.github.ins4j.qualification.IdentityAttribute;
import io.github.ins4j.qualification.IdentityDocument;
import io.github.ins4j.qualification.IdentityEvent;
import io.github.ins4j.qualification.IdentityQualifier;
import io.github.ins4j.qualification.IdentityRecord;
import io.github.ins4j.qualification.IdentityStatus;
import io.github.ins4j.qualification.InsiResult;
import io.github.ins4j.qualification.RecordedEvent;
import io.github.ins4j.traits.BirthDate;
import io.github.ins4j.traits.BirthFirstNames;
import io.github.ins4j.traits.BirthName;
import io.github.ins4j.traits.BirthPlaceCode;
import io.github.ins4j.traits.Sex;
import io.github.ins4j.traits.Traits;
import java.time.Clock;
import java.util.Objects;

/**
 * The Jackson 2 module of ins4j: the JSON form (version 1, described in the
 * {@linkplain io.github.ins4j.jackson package documentation}) of every INS value, every
 * {@link IdentityEvent}, {@link RecordedEvent}, {@link AuditEntry} and whole
 * {@link IdentityRecord} histories. Values are written in full, never in their masked
 * {@code toString()}; reading is strict (unknown, missing or repeated fields are refused) and
 * every value goes through its ins4j factory, so that bad input is refused with ins4j's reason,
 * wrapped in an {@link InsJsonException}. A history is read back through
 * {@link IdentityQualifier#restore(java.util.List, java.util.List)}: its events are replayed
 * under the RNIV rules (QUA-8) and must give the stored audit trail (QUA-9).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new InsModule(qualifier));
 * String json = mapper.writeValueAsString(record);                     // the whole history
 * IdentityRecord restored = mapper.readValue(json, IdentityRecord.class); // same status, same trail
 * }</pre>
 *
 * <p>The module is immutable. It is registered for {@code ObjectMapper.findAndRegisterModules()}
 * (with a qualifier that accepts every document); give it your organisation's qualifier to read
 * histories with the documents it accepts.
 */
public final class InsModule extends Module {

    /** The version of the JSON form this release writes: {@value}. */
    public static final int FORM_VERSION = JsonForm.VERSION;

    private final IdentityQualifier qualifier;

    /**
     * A module that restores histories with a qualifier that accepts every document (a restore
     * does not read the clock). Used by {@code findAndRegisterModules()}.
     */
    public InsModule() {
        this(IdentityQualifier.of(Clock.systemUTC()));
    }

    /**
     * A module that restores histories with the given qualifier (the documents your organisation
     * accepts).
     *
     * @param qualifier the qualifier used to read {@link IdentityRecord} histories
     */
    public InsModule(IdentityQualifier qualifier) {
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier must not be null");
    }

    /**
     * Returns the module name, {@code ins4j}.
     *
     * @return the name
     */
    @Override
    public String getModuleName() {
        return "ins4j";
    }

    /**
     * Returns an unknown version (the Maven version is in the jar's manifest).
     *
     * @return {@link Version#unknownVersion()}
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * Registers the serializers and deserializers.
     *
     * @param context the setup context
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers ser = new SimpleSerializers();
        SimpleDeserializers de = new SimpleDeserializers();

        ser.addSerializer(Adapters.stringSerializer(InsMatricule.class, InsMatricule::value));
        de.addDeserializer(InsMatricule.class,
                Adapters.stringDeserializer(InsMatricule.class, "a matricule", InsMatricule::parse));
        ser.addSerializer(Adapters.stringSerializer(InsOid.class, InsOid::oid));
        de.addDeserializer(InsOid.class, Adapters.stringDeserializer(InsOid.class, "an OID", InsOid::parse));
        ser.addSerializer(Adapters.serializer(InsIdentifier.class, JsonForm::writeIdentifier));
        de.addDeserializer(InsIdentifier.class,
                Adapters.deserializer(InsIdentifier.class, "an INS identifier", JsonForm::readIdentifier));

        ser.addSerializer(Adapters.stringSerializer(BirthName.class, BirthName::value));
        de.addDeserializer(BirthName.class,
                Adapters.stringDeserializer(BirthName.class, "a birth name", BirthName::parse));
        ser.addSerializer(Adapters.stringSerializer(BirthFirstNames.class, BirthFirstNames::value));
        de.addDeserializer(BirthFirstNames.class, Adapters.stringDeserializer(BirthFirstNames.class,
                "birth first names", BirthFirstNames::parse));
        ser.addSerializer(Adapters.stringSerializer(BirthDate.class, JsonForm::birthDateText));
        de.addDeserializer(BirthDate.class,
                Adapters.stringDeserializer(BirthDate.class, "a birth date", JsonForm::birthDate));
        ser.addSerializer(Adapters.stringSerializer(Sex.class, Sex::name));
        de.addDeserializer(Sex.class, Adapters.stringDeserializer(Sex.class, "a sex", Sex::parse));
        ser.addSerializer(Adapters.stringSerializer(BirthPlaceCode.class, BirthPlaceCode::value));
        de.addDeserializer(BirthPlaceCode.class, Adapters.stringDeserializer(BirthPlaceCode.class,
                "a birth place code", BirthPlaceCode::parse));
        ser.addSerializer(Adapters.serializer(Traits.class, JsonForm::writeTraits));
        de.addDeserializer(Traits.class, Adapters.deserializer(Traits.class, "traits", JsonForm::readTraits));

        ser.addSerializer(Adapters.serializer(EarlierIdentifier.class, JsonForm::writeEarlier));
        de.addDeserializer(EarlierIdentifier.class, Adapters.deserializer(EarlierIdentifier.class,
                "an earlier identifier", JsonForm::readEarlier));
        ser.addSerializer(Adapters.serializer(InsIdentity.class, JsonForm::writeIdentity));
        de.addDeserializer(InsIdentity.class,
                Adapters.deserializer(InsIdentity.class, "an INS identity", JsonForm::readIdentity));

        ser.addSerializer(Adapters.stringSerializer(IdentityStatus.class, IdentityStatus::code));
        de.addDeserializer(IdentityStatus.class,
                Adapters.stringDeserializer(IdentityStatus.class, "a status", JsonForm::status));
        ser.addSerializer(Adapters.stringSerializer(IdentityAttribute.class, IdentityAttribute::code));
        de.addDeserializer(IdentityAttribute.class,
                Adapters.stringDeserializer(IdentityAttribute.class, "an attribute", JsonForm::attribute));
        ser.addSerializer(Adapters.stringSerializer(IdentityDocument.class, IdentityDocument::code));
        de.addDeserializer(IdentityDocument.class,
                Adapters.stringDeserializer(IdentityDocument.class, "a document", JsonForm::document));
        ser.addSerializer(Adapters.stringSerializer(InsiResult.class, InsiResult::code));
        de.addDeserializer(InsiResult.class,
                Adapters.stringDeserializer(InsiResult.class, "an INSi result", JsonForm::insiResult));
        ser.addSerializer(Adapters.stringSerializer(ExceptionContext.class, ExceptionContext::name));
        de.addDeserializer(ExceptionContext.class, Adapters.stringDeserializer(ExceptionContext.class,
                "an exception context", JsonForm::exceptionContext));

        ser.addSerializer(Adapters.serializer(IdentityEvent.class, JsonForm::writeEvent));
        addEventDeserializers(de);
        ser.addSerializer(Adapters.serializer(RecordedEvent.class, JsonForm::writeRecordedEvent));
        de.addDeserializer(RecordedEvent.class,
                Adapters.deserializer(RecordedEvent.class, "a recorded event", JsonForm::readRecordedEvent));
        ser.addSerializer(Adapters.serializer(AuditEntry.class, JsonForm::writeAuditEntry));
        de.addDeserializer(AuditEntry.class,
                Adapters.deserializer(AuditEntry.class, "an audit entry", JsonForm::readAuditEntry));
        ser.addSerializer(Adapters.serializer(IdentityRecord.class, JsonForm::writeHistory));
        IdentityQualifier q = qualifier;
        de.addDeserializer(IdentityRecord.class, Adapters.deserializer(IdentityRecord.class,
                "an identity history", p -> JsonForm.readHistory(p, q)));

        context.addSerializers(ser);
        context.addDeserializers(de);
    }

    private static void addEventDeserializers(SimpleDeserializers de) {
        de.addDeserializer(IdentityEvent.class,
                Adapters.deserializer(IdentityEvent.class, "an identity event", JsonForm::readEvent));
        addEvent(de, IdentityEvent.Created.class);
        addEvent(de, IdentityEvent.InsiAnswer.class);
        addEvent(de, IdentityEvent.DocumentCheck.class);
        addEvent(de, IdentityEvent.AttributeSet.class);
        addEvent(de, IdentityEvent.AttributeRemoved.class);
        addEvent(de, IdentityEvent.TraitEdit.class);
        addEvent(de, IdentityEvent.InsiReverification.class);
        addEvent(de, IdentityEvent.CarteVitaleAppRead.class);
    }

    private static <T extends IdentityEvent> void addEvent(SimpleDeserializers de, Class<T> type) {
        de.addDeserializer(type, Adapters.deserializer(type, "an identity event", p -> {
            IdentityEvent event = JsonForm.readEvent(p);
            if (!type.isInstance(event)) {
                throw new StoredFormException(StoredFormException.Reason.INCONSISTENT, "expected an event"
                        + " of class " + type.getSimpleName() + ", found type " + event.kind());
            }
            return type.cast(event);
        }));
    }
}
