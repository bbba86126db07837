package jp.mamori.network;

import jp.mamori.kernel.Refused;

/** A change of the network configuration that a rule refuses; the message says why. */
class NetworkRefused extends Refused {
    NetworkRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
