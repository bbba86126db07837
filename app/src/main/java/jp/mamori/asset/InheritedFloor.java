package jp.mamori.asset;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.mamori.kernel.Decision;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The lowest class a system or medium may have on each axis: the highest class of the information assets it
 * holds, with the asset it comes from (a system inherits the highest class of the information it processes).
 * Immutable; each axis is empty when the container holds nothing.
 */
record InheritedFloor(Optional<HeldAsset> confidentialitySource, Optional<HeldAsset> integritySource,
        Optional<HeldAsset> availabilitySource) {

    // The axis is named by a message key, not a Japanese literal, so that an English refusal reads in English.
    static final MessageSourceResolvable AXIS_CONFIDENTIALITY = new DefaultMessageSourceResolvable("asset.field.confidentiality");
    static final MessageSourceResolvable AXIS_INTEGRITY = new DefaultMessageSourceResolvable("asset.field.integrity");
    static final MessageSourceResolvable AXIS_AVAILABILITY = new DefaultMessageSourceResolvable("asset.field.availability");

    static final InheritedFloor NONE = new InheritedFloor(Optional.empty(), Optional.empty(), Optional.empty());

    static InheritedFloor of(List<HeldAsset> held) {
        // The first of equal ones wins, so the source shown is stable: the lowest register number.
        var sorted = held.stream().sorted(Comparator.comparing(HeldAsset::registerNumber)).toList();
        return new InheritedFloor(
                sorted.stream().max(Comparator.comparingInt((HeldAsset h) -> h.classification().confidentiality().severity()))
                        .flatMap(h -> first(sorted, h)),
                sorted.stream().filter(h -> h.classification().integrity() == Integrity.LEVEL_2).findFirst()
                        .or(() -> sorted.stream().findFirst()),
                sorted.stream().filter(h -> h.classification().availability() == Availability.LEVEL_2).findFirst()
                        .or(() -> sorted.stream().findFirst()));
    }

    private static Optional<HeldAsset> first(List<HeldAsset> sorted, HeldAsset max) {
        int severity = max.classification().confidentiality().severity();
        return sorted.stream().filter(h -> h.classification().confidentiality().severity() == severity).findFirst();
    }

    boolean empty() {
        return confidentialitySource.isEmpty();
    }

    /** Whether the classes meet the floor; refused with the axis, the value, the floor and its source. */
    Decision admits(Classification c) {
        if (confidentialitySource.isPresent()) {
            var source = confidentialitySource.get();
            var floor = source.classification().confidentiality();
            if (floor.higherThan(c.confidentiality())) {
                return Decision.refuse("asset.refused.belowInherited", AXIS_CONFIDENTIALITY, c.confidentiality().label(),
                        floor.label(), source.display());
            }
        }
        if (c.integrity() == Integrity.LEVEL_1 && integritySource.isPresent()
                && integritySource.get().classification().integrity() == Integrity.LEVEL_2) {
            return Decision.refuse("asset.refused.belowInherited", AXIS_INTEGRITY, "1", "2", integritySource.get().display());
        }
        if (c.availability() == Availability.LEVEL_1 && availabilitySource.isPresent()
                && availabilitySource.get().classification().availability() == Availability.LEVEL_2) {
            return Decision.refuse("asset.refused.belowInherited", AXIS_AVAILABILITY, "1", "2", availabilitySource.get().display());
        }
        return Decision.ALLOWED;
    }

    /** The classes raised to the floor where they are below it; reasons of raised axes name the source. */
    Classification raise(Classification c) {
        var conf = c.confidentiality();
        var confReason = c.confidentialityReason();
        if (confidentialitySource.isPresent()) {
            var floor = confidentialitySource.get().classification().confidentiality();
            if (floor.higherThan(conf)) {
                conf = floor;
                confReason = "保有する情報資産 " + confidentialitySource.get().display() + " から継承";
            }
        }
        var integ = c.integrity();
        var integReason = c.integrityReason();
        if (integ == Integrity.LEVEL_1 && integritySource.filter(h -> h.classification().integrity() == Integrity.LEVEL_2)
                .isPresent()) {
            integ = Integrity.LEVEL_2;
            integReason = "保有する情報資産 " + integritySource.get().display() + " から継承";
        }
        var avail = c.availability();
        var availReason = c.availabilityReason();
        if (avail == Availability.LEVEL_1 && availabilitySource
                .filter(h -> h.classification().availability() == Availability.LEVEL_2).isPresent()) {
            avail = Availability.LEVEL_2;
            availReason = "保有する情報資産 " + availabilitySource.get().display() + " から継承";
        }
        return new Classification(conf, confReason, integ, integReason, avail, availReason);
    }
}
