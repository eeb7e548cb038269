package org.demarc.api;

/** Worked examples for the OpenAPI document; the README's curl walkthrough uses the same flow. */
final class ApiExamples {
  private ApiExamples() {}

  static final String FLOW = """
      {
        "id": "regional-care-1",
        "purpose": "REGIONAL_CARE_COORDINATION",
        "legalForm": "THIRD_PARTY_PROVISION",
        "consent": {"basis": "IMPLIED", "impliedCase": "A_CARE_COORDINATION"},
        "direction": "TWO_WAY",
        "data": {"personal": true, "medical": true},
        "parties": [
          {"id": "hosp", "name": "A病院", "roles": ["PROVIDER"]},
          {"id": "clinic", "name": "Bクリニック", "roles": ["RECIPIENT"]},
          {"id": "carrier", "name": "C通信", "roles": ["CARRIER"]}
        ],
        "provider": "hosp",
        "recipients": [{"party": "clinic", "identifiedInAdvance": true}],
        "segments": [
          {"id": "s1", "fromPoint": "hosp router", "toPoint": "clinic router", "network": "OPEN_INTERNET",
           "operator": "carrier", "channel": {"protocol": "TLS", "tlsVersion": "1.2", "clientAuthenticated": true}}
        ],
        "objectSecurity": {"encryptedBy": "hosp", "decryptedBy": "clinic", "tamperDetection": "ELECTRONIC_SIGNATURE"},
        "endAuthentication": {"senderVerifiesRecipient": true, "recipientVerifiesSender": true, "method": "PUBLIC_KEY"},
        "inPlace": [
          {"control": "DEMARCATION_AGREEMENT", "party": "clinic", "reference": "exchange agreement EX-1"}
        ]
      }
      """;

  static final String FLOW_YAML = """
      id: consignment-1
      legalForm: CONSIGNMENT
      direction: ONE_WAY
      data: {personal: true, medical: true}
      parties:
        - {id: hosp, roles: [PROVIDER]}
        - {id: lab, roles: [RECIPIENT]}
      provider: hosp
      recipients: [{party: lab, identifiedInAdvance: true}]
      segments:
        - {id: s1, network: LEASED_LINE}
      objectSecurity: {encryptedBy: hosp, decryptedBy: lab, tamperDetection: ELECTRONIC_SIGNATURE}
      endAuthentication: {senderVerifiesRecipient: true, recipientVerifiesSender: true, method: SHARED_KEY}
      """;

  static final String CONTRACT_CHECK = """
      {
        "flow": {
          "id": "regional-care-1",
          "purpose": "REGIONAL_CARE_COORDINATION",
          "legalForm": "THIRD_PARTY_PROVISION",
          "consent": {
            "basis": "IMPLIED",
            "impliedCase": "A_CARE_COORDINATION"
          },
          "direction": "TWO_WAY",
          "data": {
            "personal": true,
            "medical": true
          },
          "parties": [
            {
              "id": "hosp",
              "name": "A病院",
              "roles": [
                "PROVIDER"
              ]
            },
            {
              "id": "clinic",
              "name": "Bクリニック",
              "roles": [
                "RECIPIENT"
              ]
            },
            {
              "id": "carrier",
              "name": "C通信",
              "roles": [
                "CARRIER"
              ]
            }
          ],
          "provider": "hosp",
          "recipients": [
            {
              "party": "clinic",
              "identifiedInAdvance": true
            }
          ],
          "segments": [
            {
              "id": "s1",
              "fromPoint": "hosp router",
              "toPoint": "clinic router",
              "network": "OPEN_INTERNET",
              "operator": "carrier",
              "channel": {
                "protocol": "TLS",
                "tlsVersion": "1.2",
                "clientAuthenticated": true
              }
            }
          ],
          "objectSecurity": {
            "encryptedBy": "hosp",
            "decryptedBy": "clinic",
            "tamperDetection": "ELECTRONIC_SIGNATURE"
          },
          "endAuthentication": {
            "senderVerifiesRecipient": true,
            "recipientVerifiesSender": true,
            "method": "PUBLIC_KEY"
          },
          "inPlace": [
            {
              "control": "DEMARCATION_AGREEMENT",
              "party": "clinic",
              "reference": "exchange agreement EX-1"
            }
          ]
        },
        "contracts": [
          {
            "id": "EX-1",
            "kind": "DEMARCATION_AGREEMENT",
            "institution": "hosp",
            "counterparty": "clinic",
            "clauses": [
              {
                "id": "§3",
                "type": "DEMARCATION_AGREEMENT"
              },
              {
                "id": "§5",
                "type": "OUTAGE_AND_INCIDENT_HANDLING"
              }
            ]
          },
          {
            "id": "NET-1",
            "kind": "NETWORK_SERVICE",
            "institution": "hosp",
            "counterparty": "carrier",
            "clauses": [
              {
                "id": "§2",
                "type": "DELEGATED_MANAGEMENT_SCOPE",
                "binds": "carrier"
              },
              {
                "id": "§4",
                "type": "FAILURE_RESPONSE_LEAD",
                "binds": "carrier"
              }
            ]
          }
        ]
      }
      """;

  static final String CONTRACT = """
      {
        "id": "MT-1",
        "kind": "MAINTENANCE",
        "institution": "hosp",
        "counterparty": "vendor",
        "clauses": [
          {
            "id": "§3",
            "type": "MAINTENANCE_EAVESDROP_PREVENTION",
            "binds": "vendor"
          },
          {
            "id": "§4",
            "type": "REMOTE_LOGIN_LOGGED",
            "binds": "vendor"
          }
        ]
      }
      """;

  static final String BATCH = "{\"flows\": [" + FLOW + ", {\"id\": \"broken\", \"parties\": [], \"provider\": \"hosp\"}]}";
}
