package jp.mamori.demo;

import java.util.Objects;
import java.util.UUID;

import jp.mamori.tenant.LocalGovernmentCode;
import jp.mamori.tenant.SeparationModel;

/**
 * The demo municipality 久米南町 (岡山県) as the demo steps see it once it is registered. Immutable.
 *
 * @param tenantId the town's tenant
 * @param separationModel the separation model it was registered with
 */
public record DemoTown(UUID tenantId, SeparationModel separationModel) {

    /** 久米南町's 全国地方公共団体コード, 33666 with its check digit: the one place the demo names it. */
    public static final LocalGovernmentCode CODE = LocalGovernmentCode.withCheckDigit("33666");

    public DemoTown {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(separationModel, "separationModel");
    }
}
