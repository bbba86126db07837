/**
 * Who may do what: the permissions with the org units each reaches, the signed-in user, the scopes of the
 * service tokens machines present, and the annotations that classify every endpoint. The vocabulary only; the identity module signs people in
 * and enforces it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package jp.mamori.access;
