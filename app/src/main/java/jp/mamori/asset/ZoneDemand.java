package jp.mamori.asset;

/**
 * What an asset's information asks of the zone it is processed in, as the consistency rules read it: whether it is
 * or holds 機密性2以上 information, and whether it is or holds 特定個人情報, with the zone the register gives it.
 * For the network module's check of where systems actually are. Immutable.
 *
 * @param registeredZone the zone the register gives the asset, or null
 */
public record ZoneDemand(String registerNumber, String name, boolean confidentialTwoOrAbove,
        boolean specificPersonal, Zone registeredZone) {
}
