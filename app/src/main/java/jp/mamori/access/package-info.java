/**
 * Who may do what: the permissions, the signed-in user with their organisational scope, and the
 * annotations that classify every endpoint. The vocabulary only; the identity module signs people in
 * and enforces it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.mamori.access;
