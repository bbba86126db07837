package jp.mamori.campaign;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The extension point for targets by information system (情報システム): which staff answer for the chosen systems
 * (their 情報システム管理者 and 担当者, say). The module that owns the systems — network, when it exists — provides
 * one bean; until then a campaign that names systems cannot start. Thread-safe.
 */
public interface SystemRespondents {

    /** The staff ids who answer for the systems on that day; ids the tenant does not have are ignored. */
    Set<UUID> respondents(UUID tenantId, Set<UUID> systemIds, LocalDate on);
}
