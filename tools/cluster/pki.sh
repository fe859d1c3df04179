# Certificate and kubeconfig helpers for the start script (sourced, not run).
# Keys are ECDSA P-256 except the service-account signing key, which is RSA
# because every token consumer accepts RS256.

# Creates the cluster CA in $1 unless it exists.
create_ca() {
  local dir="$1"
  [[ -f "$dir/ca.crt" ]] && return
  openssl ecparam -name prime256v1 -genkey -noout -out "$dir/ca.key" 2>/dev/null
  openssl req -x509 -new -key "$dir/ca.key" -sha256 -days 3650 \
    -subj "/CN=statefulset-portal-local-ca" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature" \
    -out "$dir/ca.crt" 2>/dev/null
}

# Issues $dir/$name.crt signed by the CA with subject $subject, extended key
# usage $usage (serverAuth, clientAuth or both) and optional subjectAltName.
issue_cert() {
  local dir="$1" name="$2" subject="$3" usage="$4" san="${5:-}"
  local ext="$dir/$name.ext"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$usage"
    [[ -n "$san" ]] && echo "subjectAltName=$san"
  } >"$ext"
  openssl ecparam -name prime256v1 -genkey -noout -out "$dir/$name.key" 2>/dev/null
  openssl req -new -key "$dir/$name.key" -subj "$subject" 2>/dev/null |
    openssl x509 -req -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
      -days 3650 -sha256 -extfile "$ext" -out "$dir/$name.crt" 2>/dev/null
  rm -f "$ext"
}

# Writes a kubeconfig at $1 for the API server $2 with the client
# certificate $3.crt/$3.key and the CA $4.
write_kubeconfig() {
  local path="$1" server="$2" client="$3" ca="$4" user
  user="$(basename "$client")"
  cat >"$path" <<YAML
apiVersion: v1
kind: Config
clusters:
  - name: statefulset-portal-local
    cluster:
      server: $server
      certificate-authority-data: $(base64 -w0 "$ca")
users:
  - name: $user
    user:
      client-certificate-data: $(base64 -w0 "$client.crt")
      client-key-data: $(base64 -w0 "$client.key")
contexts:
  - name: statefulset-portal-local
    context:
      cluster: statefulset-portal-local
      user: $user
current-context: statefulset-portal-local
YAML
  chmod 600 "$path"
}

# Creates every key, certificate and kubeconfig the control plane needs
# under $CLUSTER_STATE.
create_pki() {
  local pki="$CLUSTER_STATE/pki" server="https://$CLUSTER_HOST:$APISERVER_PORT"
  mkdir -p "$pki"
  chmod 700 "$pki"
  create_ca "$pki"

  issue_cert "$pki" apiserver "/CN=kube-apiserver" serverAuth \
    "IP:127.0.0.1,IP:$SERVICE_IP,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
  # The API server presents this one to kwok when it proxies pod logs.
  issue_cert "$pki" apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" clientAuth
  issue_cert "$pki" admin "/O=system:masters/CN=statefulset-portal-admin" clientAuth
  issue_cert "$pki" controller-manager "/CN=system:kube-controller-manager" clientAuth
  issue_cert "$pki" scheduler "/CN=system:kube-scheduler" clientAuth
  # kwok writes the status of every node and pod, so it acts as an admin, and
  # serves the kubelet API for the simulated nodes with the same certificate.
  issue_cert "$pki" kwok "/O=system:masters/CN=kwok-controller" serverAuth,clientAuth "IP:127.0.0.1,DNS:localhost"

  if [[ ! -f "$pki/sa.key" ]]; then
    openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
    openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
  fi
  chmod 600 "$pki"/*.key

  local name
  for name in admin controller-manager scheduler kwok; do
    write_kubeconfig "$CLUSTER_STATE/$name.kubeconfig" "$server" "$pki/$name" "$pki/ca.crt"
  done
}
