# Writes the scenario, comparison and contract-scenario YAML files under rules-engine/src/test/resources from one
# base flow and per-case changes, each with hand-written expectations. The YAML files are what the tests read;
# edit this spec and rerun (python3 tools/scenarios.py) to change many of them consistently. Needs PyYAML.
import copy, yaml, os, sys
import pathlib
ROOT=pathlib.Path(__file__).resolve().parent.parent
OUT=str(ROOT/'rules-engine/src/test/resources/scenarios')
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT): os.remove(os.path.join(OUT,f))
BOTH=['E2007_V2','E2008_V3']
ALL_INPLACE=[
 {'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'clinic','reference':'data-use agreement DU-7'},
 {'control':'PATIENT_CONTACT_POINT','party':'hosp','reference':'privacy desk, notice 2008-01'},
 {'control':'SEGMENT_RESPONSIBILITY_AGREED','reference':'responsibility matrix v2'},
 {'control':'DEMARCATION_AGREEMENT','reference':'exchange agreement EX-1 §3'},
 {'control':'OUTAGE_AND_INCIDENT_HANDLING','reference':'exchange agreement EX-1 §5'},
 {'control':'DELEGATED_MANAGEMENT_SCOPE','reference':'service contracts §2'},
 {'control':'FAILURE_RESPONSE_LEAD','reference':'service contracts §4'},
 {'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','reference':'service contracts §6'},
 {'control':'AVAILABILITY_TERMS','reference':'SLA annex'},
 {'control':'NETWORK_SECURITY_RESPONSIBILITY_AGREED','reference':'service contracts §7'},
 {'control':'PEER_NETWORK_CONFIGURATION_CHECKED','party':'hosp'},
 {'control':'SENSITIVITY_BASED_NETWORK_CHOICE','party':'hosp'},
 {'control':'RISK_EXPLAINED_TO_PATIENTS','party':'hosp'},
 {'control':'MALWARE_AND_PATCH_MANAGEMENT','party':'hosp'},
]
BASE={
 'id':'regional-care-1','description':'A hospital shares discharge summaries with a clinic over a regional network',
 'purpose':'REGIONAL_CARE_COORDINATION','legalForm':'THIRD_PARTY_PROVISION',
 'consent':{'basis':'IMPLIED','impliedCase':'A_CARE_COORDINATION'},
 'direction':'TWO_WAY','data':{'personal':True,'medical':True},
 'parties':[
  {'id':'hosp','name':'A病院','roles':['PROVIDER']},
  {'id':'clinic','name':'Bクリニック','roles':['RECIPIENT']},
  {'id':'carrier','name':'C通信','roles':['CARRIER']},
  {'id':'osp','name':'D地域連携ネット','roles':['ONLINE_SERVICE']}],
 'provider':'hosp',
 'recipients':[{'party':'clinic','identifiedInAdvance':True}],
 'segments':[
  {'id':'s1','fromPoint':'hosp external connection point','toPoint':'osp entry','network':'CLOSED_IP_SINGLE_CARRIER','operator':'carrier','channel':{'protocol':'IPSEC_IKE'}},
  {'id':'s2','fromPoint':'osp entry','toPoint':'osp exit','network':'OPEN_INTERNET','operator':'osp','channel':{'protocol':'TLS','tlsVersion':'1.2','clientAuthenticated':True}},
  {'id':'s3','fromPoint':'osp exit','toPoint':'clinic external connection point','network':'CLOSED_IP_SINGLE_CARRIER','operator':'carrier','channel':{'protocol':'IPSEC_IKE'}}],
 'objectSecurity':{'encryptedBy':'hosp','decryptedBy':'clinic','tamperDetection':'ELECTRONIC_SIGNATURE'},
 'endAuthentication':{'senderVerifiesRecipient':True,'recipientVerifiesSender':True,'method':'PUBLIC_KEY'},
 'inPlace':ALL_INPLACE,
}
SC=[]
def sc(name, desc, editions, mutate, expect):
    f=copy.deepcopy(BASE)
    if mutate: 
        r=mutate(f)
        if r is not None: f=r
    f['id']=name
    SC.append((name,{'description':desc,'editions':editions,'given':f,'expect':expect}))
def drop_inplace(f,*controls):
    f['inPlace']=[d for d in f['inPlace'] if d['control'] not in controls]
def single_segment(network, operator='carrier', channel=None):
    def m(f):
        seg={'id':'s1','fromPoint':'hosp external connection point','toPoint':'clinic external connection point','network':network}
        if operator: seg['operator']=operator
        if channel: seg['channel']=channel
        f['segments']=[seg]
    return m
def chain(*ms):
    def m(f):
        for x in ms: x(f)
    return m
def setp(path, value):
    def m(f):
        cur=f
        for k in path[:-1]: cur=cur[k]
        if value is None: cur.pop(path[-1],None)
        else: cur[path[-1]]=value
    return m

# 1
sc('typical-three-segment-compliant','third-party provision over carrier and online service, encrypted end to end, everything agreed: compliant',BOTH,None,{
 'verdict':'COMPLIANT',
 'fired':['G-6.11-B0-02','G-6.11-B1-03','G-6.11-B1-04','G-6.11-B1-05','G-6.11-B1-06','G-6.11-B1-07','G-6.11-B1-08','G-6.11-B1-09','G-6.11-B1-10','G-6.11-B1-12','G-6.11-B1-15','G-6.11-B2-01','G-6.11-B2-04','G-6.11-B2-08','G-6.11-B2-09','G-6.11-B2-10','G-6.11-B3-01','G-6.11-B3-02','G-6.11-B3-04','G-6.11-B3-05','G-6.11-B3-06','G-6.11-B3-08','G-6.11-B3-09'],
 'notFired':['G-6.11-B0-01','G-6.11-B1-01','G-6.11-B1-02','G-6.11-B1-11','G-6.11-B1-13','G-6.11-B1-14','G-6.11-B2-02','G-6.11-B2-03','G-6.11-B2-05','G-6.11-B2-06','G-6.11-B2-07','G-6.11-B3-07'],
 'responsibilities':[
  {'party':'hosp','type':'MANAGEMENT','segment':'s2','threat':'EAVESDROPPING','rule':'G-6.11-B2-01'},
  {'party':'clinic','type':'MANAGEMENT','segment':'s2','threat':'TAMPERING','rule':'G-6.11-B2-01'},
  {'party':'carrier','type':'EXEMPT','segment':'s1','threat':'EAVESDROPPING','rule':'G-6.11-B1-09'},
  {'party':'osp','type':'EXEMPT','segment':'s2','threat':'EAVESDROPPING','rule':'G-6.11-B1-10'},
  {'party':'carrier','type':'PARTIAL_MANAGEMENT','segment':'s3','threat':'INTRUSION','rule':'G-6.11-B1-08'},
  {'party':'clinic','type':'PERSONAL_INFORMATION_PROTECTION','rule':'G-6.11-B1-04'},
  {'party':'hosp','type':'EXEMPT','rule':'G-6.11-B1-04'}],
 'absentResponsibilities':[{'party':'carrier','type':'ACCOUNTABILITY'},{'party':'osp','type':'RESULT'},{'party':'carrier','type':'PARTIAL_MANAGEMENT','threat':'EAVESDROPPING'}],
 'controls':[
  {'control':'OBJECT_ENCRYPTION','party':'hosp','segment':'s2','status':'SATISFIED','rule':'G-6.11-B3-09'},
  {'control':'TAMPER_DETECTION','party':'hosp','segment':'s1','status':'SATISFIED','rule':'G-6.11-B3-08'},
  {'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'SATISFIED'},
  {'control':'MUTUAL_AUTHENTICATION','party':'hosp','threat':'SPOOFING','status':'SATISFIED'},
  {'control':'EARLY_ENCRYPTION','party':'hosp','status':'SATISFIED','strength':'SHOULD'}],
 'segmentThreats':[{'segment':'s1','threat':'EAVESDROPPING','responsible':['clinic','hosp'],'partial':[],'exempt':['carrier']},
                   {'segment':'s2','threat':'INTERFERENCE','responsible':['clinic','hosp'],'partial':['osp'],'exempt':[]}]})
sc('threats-edition-2','edition 2 names eavesdropping, tampering, intrusion and interference: no spoofing row in the matrix',['E2007_V2'],None,{
 'fired':['G-6.11-B0-02'],'matrixThreats':['EAVESDROPPING','TAMPERING','INTRUSION','INTERFERENCE'],
 'findings':[{'rule':'G-6.11-B0-02','clauseContains':'第2版 6.10'}]})
sc('threats-edition-3-add-spoofing','the edition 3 draft adds spoofing to the threats, so the sender is responsible against it on every segment',['E2008_V3'],None,{
 'fired':['G-6.11-B0-02'],'matrixThreats':['EAVESDROPPING','TAMPERING','SPOOFING','INTRUSION','INTERFERENCE'],
 'segmentThreats':[{'segment':'s3','threat':'SPOOFING','responsible':['clinic','hosp'],'partial':[],'exempt':[]}],
 'findings':[{'rule':'G-6.11-B0-02','clauseContains':'第3版改正案 6.11'}]})
def consign(f):
    f['legalForm']='CONSIGNMENT'; f.pop('consent')
    f['inPlace']=f['inPlace']+[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','reference':'consignment contract CN-3'},{'control':'CONSIGNEE_SUPERVISION','party':'hosp','reference':'audit plan 2008'}]
sc('consignment-provider-keeps-responsibility','consignment: the provider keeps management, accountability and result responsibility; the consignee owes contract compliance and reporting',BOTH,consign,{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-02'],'notFired':['G-6.11-B1-03','G-6.11-B1-04'],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','rule':'G-6.11-B1-02'},{'party':'hosp','type':'ACCOUNTABILITY','rule':'G-6.11-B1-02'},
  {'party':'hosp','type':'RESULT','rule':'G-6.11-B1-02'},{'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B1-02'},
  {'party':'clinic','type':'CONTRACT_COMPLIANCE_AND_REPORTING','rule':'G-6.11-B1-02'}],
 'absentResponsibilities':[{'party':'clinic','type':'ACCOUNTABILITY'},{'party':'clinic','type':'RESULT'}],
 'controls':[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'SATISFIED'},{'control':'CONSIGNEE_SUPERVISION','party':'hosp','status':'SATISFIED'}]})
sc('consignment-without-contract-or-supervision','consignment without a consignment contract or supervision is non-compliant',BOTH,
 chain(consign, lambda f: drop_inplace(f,'CONSIGNMENT_CONTRACT','CONSIGNEE_SUPERVISION')),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-02'],
 'controls':[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'MISSING','strength':'MUST'},{'control':'CONSIGNEE_SUPERVISION','party':'hosp','status':'MISSING'}]})
sc('third-party-explicit-consent','third-party provision with explicit consent: responsibility moves to the recipient for what it received',BOTH,
 setp(['consent'],{'basis':'EXPLICIT'}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],'notFired':['G-6.11-B1-02'],
 'controls':[{'control':'CONSENT_FOR_PROVISION','party':'hosp','status':'SATISFIED','rule':'G-6.11-B1-03'},{'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'clinic','status':'SATISFIED'}],
 'responsibilities':[{'party':'clinic','type':'MANAGEMENT','rule':'G-6.11-B1-04'},{'party':'clinic','type':'ACCOUNTABILITY','rule':'G-6.11-B1-04'},{'party':'hosp','type':'EXEMPT','rule':'G-6.11-B1-04'}]})
sc('third-party-implied-consent-inquiry','implied consent is enough when answering another institution\'s inquiry (case u)',BOTH,
 setp(['consent'],{'basis':'IMPLIED','impliedCase':'U_INQUIRY_RESPONSE'}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],
 'findings':[{'rule':'G-6.11-B1-03','messageContains':'U_INQUIRY_RESPONSE'}]})
sc('third-party-implied-consent-other-purpose','implied consent outside the listed cases (a)-(d) is not enough: prohibited',BOTH,
 setp(['consent'],{'basis':'IMPLIED','impliedCase':'OTHER'}),{
 'verdict':'PROHIBITED','fired':['G-6.11-B1-03'],'notFired':['G-6.11-B1-04'],
 'controls':[{'control':'CONSENT_FOR_PROVISION','party':'hosp','status':'MISSING'}],
 'findings':[{'rule':'G-6.11-B1-03','kind':'PROHIBITION'}]})
sc('third-party-no-consent','third-party provision with no consent and no exception is prohibited',BOTH,
 setp(['consent'],{'basis':'NONE'}),{'verdict':'PROHIBITED','fired':['G-6.11-B1-03'],'notFired':['G-6.11-B1-04'],
 'absentResponsibilities':[{'party':'clinic','type':'PERSONAL_INFORMATION_PROTECTION'}]})
sc('third-party-statutory-exception','a statutory exception (protection of life or body) replaces consent',BOTH,
 setp(['consent'],{'basis':'LEGAL_EXCEPTION','legalException':'PROTECTION_OF_LIFE_OR_BODY'}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-03','G-6.11-B1-04'],
 'findings':[{'rule':'G-6.11-B1-03','messageContains':'PROTECTION_OF_LIFE_OR_BODY'}]})
sc('third-party-consent-missing','third-party provision without a consent basis: insufficient information naming the field',BOTH,
 setp(['consent'],None),{'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-03'],'missingFacts':['/consent/basis'],'notFired':['G-6.11-B1-04']})
sc('third-party-implied-case-missing','implied consent without the purpose case: insufficient information',BOTH,
 setp(['consent'],{'basis':'IMPLIED'}),{'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/consent/impliedCase']})
sc('third-party-exception-missing','a statutory exception claimed without naming it: insufficient information',BOTH,
 setp(['consent'],{'basis':'LEGAL_EXCEPTION'}),{'verdict':'INSUFFICIENT_INFORMATION','missingFacts':['/consent/legalException']})
sc('legal-form-missing','no legal form: insufficient information naming /legalForm',BOTH,
 chain(setp(['legalForm'],None),setp(['consent'],None)),{'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-01'],'missingFacts':['/legalForm'],'notFired':['G-6.11-B1-02','G-6.11-B1-03']})
def claims(f):
    f['purpose']='CLAIMS_SUBMISSION'; f['legalForm']='PROVISION_REQUIRED_BY_LAW'; f.pop('consent'); f['direction']='TWO_WAY'
sc('provision-required-by-law','claims submission required by law needs no consent; the responsibility split needs human review',BOTH,claims,{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-03'],'notFired':['G-6.11-B1-04','G-6.11-B1-01'],
 'findings':[{'rule':'G-6.11-B1-03','needsHumanReview':True,'basis':'INTERPRETATION'}]})
sc('carrier-encrypted-without-contract-terms','encrypted end to end: the carrier is free of eavesdropping duty, but tampering/intrusion/interference and availability must still be in the contract',BOTH,
 lambda f: drop_inplace(f,'TAMPER_INTRUSION_INTERFERENCE_TERMS','AVAILABILITY_TERMS'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-09','G-6.11-B1-10'],'notFired':['G-6.11-B1-11'],
 'responsibilities':[{'party':'carrier','type':'EXEMPT','segment':'s3','threat':'EAVESDROPPING'}],
 'controls':[{'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','segment':'s1','status':'MISSING','rule':'G-6.11-B1-09'},
  {'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s3','status':'MISSING','rule':'G-6.11-B1-09'},
  {'control':'AVAILABILITY_TERMS','party':'osp','segment':'s2','status':'MISSING','rule':'G-6.11-B1-10'}]})
def osp_encrypts(f):
    f['objectSecurity']={'encryptedBy':'osp','decryptedBy':'clinic','tamperDetection':'ELECTRONIC_SIGNATURE'}
sc('plaintext-through-service-without-entrustment','the service encrypts on the hospital\'s behalf, so carrier and service see plaintext: entrustment contract and supervision required',BOTH,osp_encrypts,{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-11','G-6.11-B1-09','G-6.11-B2-02','G-6.11-B2-03','G-6.11-B2-07'],'notFired':['G-6.11-B1-10'],
 'responsibilities':[{'party':'osp','type':'PARTIAL_MANAGEMENT','segment':'s2','threat':'EAVESDROPPING','rule':'G-6.11-B1-11'},
   {'party':'carrier','type':'PARTIAL_MANAGEMENT','segment':'s1','threat':'EAVESDROPPING','rule':'G-6.11-B1-11'},
   {'party':'carrier','type':'EXEMPT','segment':'s3','threat':'EAVESDROPPING','rule':'G-6.11-B1-09'},
   {'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B1-11'}],
 'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','segment':'s2','status':'MISSING'},
  {'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'carrier','segment':'s1','status':'MISSING'},
  {'control':'ENTRUSTEE_SUPERVISION','party':'hosp','segment':'s2','status':'MISSING'},
  {'control':'CHANNEL_EAVESDROP_COUNTERMEASURE','party':'carrier','segment':'s1','status':'SATISFIED'},
  {'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'},
  {'control':'EARLY_ENCRYPTION','party':'hosp','status':'MISSING','strength':'SHOULD'}],
 'segmentThreats':[{'segment':'s2','threat':'EAVESDROPPING','partial':['osp']}]})
sc('plaintext-through-service-with-entrustment','plaintext at the service with entrustment contracts and supervision in place: the B1-11 controls are satisfied',BOTH,
 chain(osp_encrypts, lambda f: f['inPlace'].extend([{'control':'MANAGEMENT_SPLIT_AGREED'},{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp'}])),{
 'fired':['G-6.11-B1-11'],
 'controls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','status':'SATISFIED'},{'control':'ENTRUSTEE_SUPERVISION','party':'hosp','status':'SATISFIED'},{'control':'MANAGEMENT_SPLIT_AGREED','party':'carrier','status':'SATISFIED'}],
 'absentControls':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','status':'MISSING'}]})
def two_recipients(identified2):
    def m(f):
        f['parties'].append({'id':'pharmacy','name':'E薬局','roles':['RECIPIENT']})
        f['recipients'].append({'party':'pharmacy','identifiedInAdvance':identified2})
        f['inPlace'].append({'control':'RECIPIENT_PURPOSE_SPECIFIED','party':'pharmacy','reference':'data-use agreement DU-8'})
    return m
sc('one-to-many-all-identified','one-to-many with every recipient identified in advance: duties apply to each recipient',BOTH,two_recipients(True),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-12'],'notFired':['G-6.11-B1-13'],
 'findings':[{'rule':'G-6.11-B1-12','messageContains':'2'}],
 'responsibilities':[{'party':'pharmacy','type':'PERSONAL_INFORMATION_PROTECTION','rule':'G-6.11-B1-04'}]})
sc('one-to-many-unidentified-prohibited','one-to-many with a recipient not identified in advance is prohibited',BOTH,two_recipients(False),{
 'verdict':'PROHIBITED','fired':['G-6.11-B1-13'],'notFired':['G-6.11-B1-12'],
 'findings':[{'rule':'G-6.11-B1-13','kind':'PROHIBITION','party':'pharmacy'}]})
sc('one-to-many-unidentified-required-by-law','an unidentified recipient is allowed when provision is required by law',BOTH,chain(two_recipients(False),claims),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-13'],
 'findings':[{'rule':'G-6.11-B1-13','kind':'INFO','party':'pharmacy'}],'absentControls':[{'status':'MISSING','strength':'MUST'}]})
sc('one-to-many-unidentified-other-exception','an unidentified recipient under another statutory exception: the open-ended "etc." needs human review',BOTH,
 chain(two_recipients(False),setp(['consent'],{'basis':'LEGAL_EXCEPTION','legalException':'PROTECTION_OF_LIFE_OR_BODY'})),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-13'],
 'findings':[{'rule':'G-6.11-B1-13','kind':'NEEDS_HUMAN_REVIEW','party':'pharmacy','basis':'INTERPRETATION'}]})
sc('recipient-identification-missing','whether the recipient is identified in advance is not given: insufficient information',BOTH,
 setp(['recipients'],[{'party':'clinic'}]),{'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-13'],'missingFacts':['/recipients/0/identifiedInAdvance'],'notFired':['G-6.11-B1-12']})
sc('recipients-missing','no recipients listed: insufficient information',BOTH,chain(setp(['recipients'],None),setp(['objectSecurity'],None)),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-12'],'missingFacts':['/recipients'],'notFired':['G-6.11-B1-06','G-6.11-B1-04']})
sc('open-internet-without-object-encryption','TLS over the internet protects the channel, not the data: the data itself must be encrypted',BOTH,
 chain(single_segment('OPEN_INTERNET','carrier',{'protocol':'TLS','tlsVersion':'1.2','clientAuthenticated':False}),
       setp(['objectSecurity'],{'tamperDetection':'ELECTRONIC_SIGNATURE'})),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-09','G-6.11-B2-02','G-6.11-B1-11','G-6.11-B2-03','G-6.11-B2-07'],'notFired':['G-6.11-B3-08','G-6.11-B3-05','G-6.11-B3-06','G-6.11-B2-06','G-6.11-B1-10'],
 'controls':[{'control':'OBJECT_ENCRYPTION','party':'hosp','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09'},
  {'control':'TAMPER_DETECTION','party':'hosp','status':'SATISFIED','rule':'G-6.11-B2-07'},
  {'control':'CHANNEL_EAVESDROP_COUNTERMEASURE','party':'carrier','status':'SATISFIED'}],
 'findings':[{'rule':'G-6.11-B2-03','needsHumanReview':True},{'rule':'G-6.11-B2-02','segment':'s1'}]})
sc('closed-network-plaintext-no-tamper-detection','a leased line does not excuse encrypting the data itself and detecting tampering',BOTH,
 chain(single_segment('LEASED_LINE','carrier'),setp(['objectSecurity'],{'tamperDetection':'NONE'})),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-05','G-6.11-B3-06','G-6.11-B3-08','G-6.11-B2-07'],'notFired':['G-6.11-B3-09','G-6.11-B2-02','G-6.11-B2-10'],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'},
  {'control':'TAMPER_DETECTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-08'},
  {'control':'TAMPER_DETECTION','party':'hosp','status':'MISSING','rule':'G-6.11-B2-07'},
  {'control':'CHANNEL_EAVESDROP_COUNTERMEASURE','party':'carrier','status':'MISSING'}]})
sc('closed-network-encrypted-no-tamper-detection','encrypted over a closed network but without tamper detection: still non-compliant, and encryption does not remove tampering risk',BOTH,
 chain(single_segment('CLOSED_IP_SINGLE_CARRIER','carrier'),setp(['objectSecurity','tamperDetection'],'NONE')),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-08','G-6.11-B2-06'],'notFired':['G-6.11-B2-07','G-6.11-B2-03'],
 'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'SATISFIED'},{'control':'TAMPER_DETECTION','segment':'s1','status':'MISSING'}],
 'findings':[{'rule':'G-6.11-B2-06','kind':'INFO'}]})
sc('interconnected-closed-networks-flagged','interconnected closed networks are flagged for review even with the data encrypted',BOTH,
 single_segment('CLOSED_IP_INTERCONNECTED','carrier',{'protocol':'NONE'}),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-07','G-6.11-B3-08'],
 'controls':[{'control':'INTERCONNECTION_DISCLOSURE_AVOIDED','segment':'s1','status':'SATISFIED'}],
 'findings':[{'rule':'G-6.11-B3-07','needsHumanReview':True,'segment':'s1'}]})
sc('interconnected-closed-networks-plaintext','plaintext across an interconnection point risks accidental disclosure: non-compliant',BOTH,
 chain(single_segment('CLOSED_IP_INTERCONNECTED','carrier'),setp(['objectSecurity','encryptedBy'],None),setp(['objectSecurity','decryptedBy'],None)),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-07'],
 'controls':[{'control':'INTERCONNECTION_DISCLOSURE_AVOIDED','segment':'s1','status':'MISSING'}]})
sc('no-mutual-authentication','the recipient does not verify the sender: a spoofing control is required',BOTH,
 setp(['endAuthentication'],{'senderVerifiesRecipient':True,'recipientVerifiesSender':False,'method':'NONE'}),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B2-08'],'notFired':['G-6.11-B2-09'],
 'controls':[{'control':'MUTUAL_AUTHENTICATION','party':'hosp','threat':'SPOOFING','status':'MISSING','rule':'G-6.11-B2-08'}]})
sc('id-password-authentication','mutual authentication by ID and password only: the guideline names public or shared keys, so human review',BOTH,
 chain(setp(['endAuthentication','method'],'ID_PASSWORD'),setp(['objectSecurity','tamperDetection'],'OTHER')),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B2-09'],
 'controls':[{'control':'ESTABLISHED_AUTH_MECHANISM','status':'MISSING','strength':'SHOULD'}],
 'findings':[{'rule':'G-6.11-B2-09','needsHumanReview':True}]})
sc('id-password-with-signature','ID and password plus an electronic signature on the data: the signature confirms the sender',BOTH,
 setp(['endAuthentication','method'],'ID_PASSWORD'),{
 'verdict':'COMPLIANT','fired':['G-6.11-B2-09'],'controls':[{'control':'ESTABLISHED_AUTH_MECHANISM','status':'SATISFIED'}]})
sc('end-authentication-missing','how the ends verify each other is not given: insufficient information',BOTH,setp(['endAuthentication'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-08'],'missingFacts':['/endAuthentication'],'notFired':['G-6.11-B2-09']})
sc('authentication-method-missing','mutual authentication without its mechanism: insufficient information',BOTH,setp(['endAuthentication','method'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-09'],'missingFacts':['/endAuthentication/method']})
sc('object-security-missing','where the data is encrypted is not given: insufficient information',BOTH,setp(['objectSecurity'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-03'],'missingFacts':['/objectSecurity'],
 'notFired':['G-6.11-B1-09','G-6.11-B1-10','G-6.11-B1-11','G-6.11-B3-08','G-6.11-B3-09','G-6.11-B2-04']})
sc('decryption-point-missing','encrypted but the decrypting party is not given',BOTH,setp(['objectSecurity','decryptedBy'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-03'],'missingFacts':['/objectSecurity/decryptedBy']})
sc('tamper-detection-missing-on-plaintext','plaintext on the path and no word on tamper detection: insufficient information',BOTH,
 setp(['objectSecurity'],{}),{'fired':['G-6.11-B2-07'],'missingFacts':['/objectSecurity/tamperDetection']})
RL={'id':'rl-1','vendor':'vendor','network':'OPEN_INTERNET','channelEncrypted':True,'idPasswordOnly':True,'accessPointRestricted':True,'protocolRestricted':True,'accessRightsManaged':True,'logged':True,'supervisedByInstitution':True}
def with_login(**over):
    def m(f):
        f['parties'].append({'id':'vendor','name':'F保守','roles':['MAINTENANCE_VENDOR']})
        l=dict(RL); 
        for k,v in over.items():
            if v is None: l.pop(k)
            else: l[k]=v
        f['remoteLogins']=[l]
    return m
sc('remote-maintenance-restricted-and-managed','remote maintenance restricted, managed, encrypted and supervised',BOTH,with_login(),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-14','G-6.11-B2-05'],
 'controls':[{'control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'SATISFIED'},{'control':'MAINTENANCE_SUPERVISION','party':'hosp','status':'SATISFIED'},
  {'control':'REMOTE_LOGIN_LOGGED','party':'vendor','status':'SATISFIED','strength':'SHOULD'}],
 'responsibilities':[{'party':'hosp','type':'SUPERVISION','rule':'G-6.11-B2-05'}],
 'findings':[{'rule':'G-6.11-B1-14','basis':'RECALLED_UNVERIFIED','messageContains':'unverified'}]})
sc('remote-maintenance-unrestricted','remote login open from anywhere and unsupervised must be restricted and managed',BOTH,
 with_login(accessPointRestricted=False,supervisedByInstitution=False,channelEncrypted=False),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-14','G-6.11-B2-05'],
 'controls':[{'control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'MISSING','strength':'MUST'},
  {'control':'MAINTENANCE_EAVESDROP_PREVENTION','party':'vendor','status':'MISSING'},{'control':'MAINTENANCE_SUPERVISION','party':'hosp','status':'MISSING'}]})
sc('remote-maintenance-not-logged','an unlogged remote login is a recommendation, not a failure',BOTH,with_login(logged=False),{
 'verdict':'COMPLIANT','fired':['G-6.11-B1-14'],'controls':[{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'}]})
sc('remote-maintenance-facts-missing','remote login without the facts to judge it: insufficient information naming each field',BOTH,
 with_login(accessPointRestricted=None,channelEncrypted=None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B1-14','G-6.11-B2-05'],
 'missingFacts':['/remoteLogins/0/accessPointRestricted','/remoteLogins/0/channelEncrypted']})
sc('direction-missing','who sends is unknown: insufficient information',BOTH,setp(['direction'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B2-01'],'missingFacts':['/direction']})
sc('one-way-sender-only','one-way: only the provider holds management responsibility on the path',['E2008_V3'],setp(['direction'],'ONE_WAY'),{
 'verdict':'COMPLIANT','fired':['G-6.11-B2-01'],
 'responsibilities':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'TAMPERING'}],
 'absentResponsibilities':[{'party':'clinic','type':'MANAGEMENT','rule':'G-6.11-B2-01'}],
 'findings':[{'rule':'G-6.11-B0-01','kind':'INFO','messageContains':'one-way'}]})
sc('one-way-edition-2-not-listed','edition 2 does not name one-way transmission: general rules apply but a human must confirm',['E2007_V2'],setp(['direction'],'ONE_WAY'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-01'],
 'findings':[{'rule':'G-6.11-B0-01','kind':'NEEDS_HUMAN_REVIEW','basis':'INTERPRETATION'}]})
sc('not-personal-medical-information','anonymised statistics: 6.11 does not apply',BOTH,setp(['data'],{'personal':False,'medical':True}),{
 'verdict':'COMPLIANT','fired':['G-6.11-B0-01'],
 'notFired':['G-6.11-B0-02','G-6.11-B1-03','G-6.11-B1-05','G-6.11-B1-06','G-6.11-B1-07','G-6.11-B1-08','G-6.11-B1-09','G-6.11-B1-10','G-6.11-B1-12','G-6.11-B1-15','G-6.11-B2-01','G-6.11-B2-04','G-6.11-B2-08','G-6.11-B2-09','G-6.11-B2-10','G-6.11-B3-01','G-6.11-B3-02','G-6.11-B3-04','G-6.11-B3-05','G-6.11-B3-06','G-6.11-B3-08','G-6.11-B3-09'],
 'findings':[{'rule':'G-6.11-B0-01','kind':'INFO','messageContains':'does not apply'}]})
sc('data-description-missing','whether the data is personal medical information is not given',BOTH,setp(['data'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B0-01'],'missingFacts':['/data/personal'],'notFired':['G-6.11-B0-02']})
sc('no-segments','no path given: insufficient information',BOTH,setp(['segments'],[]),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B0-01'],'missingFacts':['/segments'],'notFired':['G-6.11-B0-02','G-6.11-B2-01']})
sc('network-type-missing','a segment without its network type',BOTH,setp(['segments',1,'network'],None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.11-B3-05'],'missingFacts':['/segments/1/network']})
sc('institution-runs-the-line-itself','a segment with no carrier or service: no carrier duties or contracts arise',BOTH,
 single_segment('LEASED_LINE',None),{
 'verdict':'COMPLIANT','fired':['G-6.11-B3-08'],'notFired':['G-6.11-B1-05','G-6.11-B1-07','G-6.11-B1-08','G-6.11-B1-09','G-6.11-B1-15','G-6.11-B1-11'],
 'segmentThreats':[{'segment':'s1','threat':'EAVESDROPPING','responsible':['clinic','hosp'],'partial':[],'exempt':[]}]})
sc('agreements-not-declared','nothing declared in place: the missing agreements are listed; an unclear responsible party makes it non-compliant',BOTH,setp(['inPlace'],None),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B1-05','G-6.11-B1-06','G-6.11-B1-07'],
 'controls':[{'control':'PATIENT_CONTACT_POINT','party':'hosp','status':'MISSING','rule':'G-6.11-B1-05'},
  {'control':'SEGMENT_RESPONSIBILITY_AGREED','party':'osp','segment':'s2','status':'MISSING'},
  {'control':'DEMARCATION_AGREEMENT','party':'clinic','status':'MISSING','rule':'G-6.11-B1-06'},
  {'control':'OUTAGE_AND_INCIDENT_HANDLING','party':'clinic','status':'MISSING'},
  {'control':'DELEGATED_MANAGEMENT_SCOPE','party':'carrier','segment':'s1','status':'MISSING'},
  {'control':'FAILURE_RESPONSE_LEAD','party':'osp','segment':'s2','status':'MISSING','rule':'G-6.11-B1-07'},
  {'control':'NETWORK_SECURITY_RESPONSIBILITY_AGREED','party':'carrier','segment':'s3','status':'MISSING','rule':'G-6.11-B1-15'},
  {'control':'PEER_NETWORK_CONFIGURATION_CHECKED','party':'hosp','status':'MISSING','rule':'G-6.11-B3-01'},
  {'control':'SENSITIVITY_BASED_NETWORK_CHOICE','status':'MISSING','rule':'G-6.11-B3-02'},
  {'control':'RISK_EXPLAINED_TO_PATIENTS','status':'MISSING','rule':'G-6.11-B3-04'},
  {'control':'MALWARE_AND_PATCH_MANAGEMENT','status':'MISSING','rule':'G-6.11-B3-06'}]})
sc('demarcation-agreement-only-missing','only the provider–recipient demarcation agreement is missing: compliant on that condition',BOTH,
 lambda f: drop_inplace(f,'DEMARCATION_AGREEMENT','OUTAGE_AND_INCIDENT_HANDLING'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B1-06'],
 'controls':[{'control':'OUTAGE_AND_INCIDENT_HANDLING','party':'clinic','status':'MISSING','rule':'G-6.11-B1-06'}]})
def outside(network):
    def m(f):
        f['purpose']='PATIENT_ACCESS' if network=='OUTSIDE_ACCESS_PATIENT' else 'STAFF_REMOTE_ACCESS'
        f['segments']=[{'id':'s1','fromPoint':'terminal','toPoint':'hosp external connection point','network':network,'operator':'carrier','channel':{'protocol':'TLS','tlsVersion':'1.2','clientAuthenticated':True}}]
    return m
sc('patient-access-edition-2','patients viewing records from outside: edition 2 neither lists the case nor counts the connection point as network',['E2007_V2'],outside('OUTSIDE_ACCESS_PATIENT'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-01','G-6.11-B3-01','G-6.11-B3-09'],
 'findings':[{'rule':'G-6.11-B3-01','kind':'NEEDS_HUMAN_REVIEW','segment':'s1'},{'rule':'G-6.11-B0-01','kind':'NEEDS_HUMAN_REVIEW'}]})
sc('patient-access-edition-3','patients viewing records from outside are in scope of the edition 3 draft',['E2008_V3'],outside('OUTSIDE_ACCESS_PATIENT'),{
 'verdict':'COMPLIANT','fired':['G-6.11-B0-01','G-6.11-B3-09'],'notFired':['G-6.11-B3-11']})
sc('staff-outside-access-edition-3','staff connecting from outside: the draft\'s mobile section is not in the seed, so human review',['E2008_V3'],outside('OUTSIDE_ACCESS_STAFF'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-11'],
 'findings':[{'rule':'G-6.11-B3-11','needsHumanReview':True,'clauseContains':'Ⅲ'}]})
sc('staff-outside-access-edition-2','staff connecting from outside under edition 2: not listed, not in the network definition',['E2007_V2'],outside('OUTSIDE_ACCESS_STAFF'),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-01','G-6.11-B3-01']})
sc('mobile-terminal-plaintext','a mobile terminal sending unencrypted data is treated as an open network',BOTH,
 chain(outside('OUTSIDE_ACCESS_STAFF'),setp(['segments',0,'network'],'MOBILE'),setp(['objectSecurity'],{'tamperDetection':'ELECTRONIC_SIGNATURE'})),{
 'verdict':'NON_COMPLIANT','fired':['G-6.11-B3-09'],'controls':[{'control':'OBJECT_ENCRYPTION','segment':'s1','status':'MISSING','rule':'G-6.11-B3-09'}]})
sc('mobile-terminal-edition-3','a mobile terminal under the edition 3 draft is flagged against section III',['E2008_V3'],
 chain(outside('OUTSIDE_ACCESS_STAFF'),setp(['segments',0,'network'],'MOBILE')),{'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B3-11']})
def storage(f):
    consign(f); f['purpose']='EXTERNAL_STORAGE'
sc('external-storage-edition-2','edition 2 sends external storage to chapter 8 (not encoded): human review',['E2007_V2'],storage,{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':['G-6.11-B0-03'],'findings':[{'rule':'G-6.11-B0-03','needsHumanReview':True}]})
sc('external-storage-edition-3','the draft deletes the chapter 8 pointer from 6.11',['E2008_V3'],storage,{'verdict':'COMPLIANT'})
sc('consignment-no-storage-pointer','an ordinary consignment under edition 2 is not routed to chapter 8',['E2007_V2'],consign,{'verdict':'COMPLIANT','notFired':['G-6.11-B0-03']})
sc('cyber-attack-cross-reference-edition-2','edition 2 refers cyber-attacks to 6.9',['E2007_V2'],None,{
 'fired':['G-6.11-B2-10'],'findings':[{'rule':'G-6.11-B2-10','segment':'s2','messageContains':'6.9'},{'rule':'G-6.11-B1-06','clauseContains':'第2版 6.10 B-1'},{'rule':'G-6.11-B2-08','clauseContains':'6.10 B-2'}]})
sc('cyber-attack-cross-reference-edition-3','the draft refers cyber-attacks to 6.10 and cites the moved demarcation text in chapter 4',['E2008_V3'],None,{
 'fired':['G-6.11-B2-10'],'findings':[{'rule':'G-6.11-B2-10','segment':'s2','messageContains':'6.10'},{'rule':'G-6.11-B1-06','clauseContains':'第4章 4.2'},{'rule':'G-6.11-B2-08','clauseContains':'6.11 B-1'}]})
sc('closed-only-no-cyber-reference','no open network: no cyber-attack cross-reference',BOTH,single_segment('LEASED_LINE','carrier'),{'notFired':['G-6.11-B2-10','G-6.11-B3-11','G-6.11-B0-03']})



class D(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)

# ---------------------------------------------------------------- 6.9, 6.10, comparisons
E7=['E2007_V2']; E8=['E2008_V3']
ITEM={'id':'usb-1','kind':'PORTABLE_MEDIA','takenBy':'STAFF','containsInformation':True,'inLedger':True,'bootPassword':None,
      'passwordManaged':None,'dataProtected':True,'connectsToNetworkOrMedia':False,'antivirus':None,'personalFirewall':None,
      'fileSharingSoftware':None,'privacyFilter':None,'multiFactorAuthentication':None,'registered':True}
LAPTOP={'id':'pc-1','kind':'LAPTOP','takenBy':'STAFF','containsInformation':True,'inLedger':True,'bootPassword':True,
      'passwordManaged':True,'dataProtected':True,'connectsToNetworkOrMedia':True,'antivirus':True,'personalFirewall':True,
      'fileSharingSoftware':False,'privacyFilter':True,'multiFactorAuthentication':True,'registered':True}
POLICY={'riskAnalysis':True,'policyInOperationRules':True,'managementMethod':True,'theftLossProcedure':True,'staffTrained':True}
def clean(d): return {k:v for k,v in d.items() if v is not None}
def take_out(items, policy=POLICY):
    def m(f):
        return {'id':'x','description':'information taken out of the hospital','purpose':'OTHER',
                'data':{'personal':True,'medical':True},
                'parties':[{'id':'hosp','name':'A病院','roles':['PROVIDER']}],'provider':'hosp',
                'takeOut':{'items':[clean(i) for i in items], **({'policy':policy} if policy is not None else {})}}
    return m
def item(base, **over):
    d=dict(base); d.update(over); return d
G69=['G-6.9-C-01','G-6.9-C-02','G-6.9-C-03','G-6.9-C-04','G-6.9-C-05','G-6.9-C-06','G-6.9-C-07','G-6.9-C-08','G-6.9-C-09','G-6.9-C-10','G-6.9-D-01','G-6.9-D-02','G-6.9-D-03']
USB_BAD=item(ITEM, inLedger=False, dataProtected=False, registered=False)
sc('usb-stick-home-unencrypted','an unencrypted USB stick taken home: the edition 3 draft\'s 6.9 requires a ledger and encryption or an access password',E8,take_out([USB_BAD]),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-01','G-6.9-C-02','G-6.9-C-03','G-6.9-C-04','G-6.9-C-05','G-6.9-C-07','G-6.9-D-03'],
 'notFired':['G-6.9-C-06','G-6.9-C-08','G-6.9-C-09','G-6.9-C-10','G-6.9-D-01','G-6.9-D-02','G-6.11-B0-01','G-6.11-B0-02','G-6.11-B1-12'],
 'controls':[{'control':'DATA_ENCRYPTION_OR_PASSWORD','party':'hosp','segment':'usb-1','status':'MISSING','strength':'MUST'},
  {'control':'DEVICE_LEDGER','segment':'usb-1','status':'MISSING'},{'control':'DEVICE_REGISTRATION','status':'MISSING','strength':'SHOULD'},
  {'control':'THEFT_LOSS_PROCEDURE','status':'SATISFIED'}],
 'findings':[{'rule':'G-6.9-C-07','segment':'usb-1','clauseContains':'第3版改正案 6.9'}]})
sc('usb-stick-home-edition-2','edition 2 has no section on taking information out: not covered, never compliant',E7,take_out([USB_BAD]),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.9-00'],'notFired':['G-6.11-B0-01','G-6.11-B0-02'],
 'findings':[{'rule':'G-6.9-00','kind':'NOT_COVERED'}]})
sc('laptop-taken-out-compliant','a laptop taken out with every minimum and recommended measure',E8,take_out([LAPTOP]),{
 'verdict':'COMPLIANT','fired':['G-6.9-C-06','G-6.9-C-08','G-6.9-D-01','G-6.9-D-02','G-6.9-D-03'],'notFired':['G-6.9-C-09','G-6.9-C-10'],
 'controls':[{'control':'MALWARE_PROTECTION_WHEN_CONNECTED','segment':'pc-1','status':'SATISFIED'},{'control':'BOOT_PASSWORD','status':'SATISFIED'},
  {'control':'PRIVACY_FILTER','status':'SATISFIED','strength':'SHOULD'},{'control':'MULTI_FACTOR_AUTHENTICATION','status':'SATISFIED'}]})
sc('laptop-edition-2-alongside-exchange','an exchange plus a laptop taken out under edition 2: the exchange is judged, the take-out is not covered',E7,
 lambda f: f.update({'takeOut':{'items':[clean(LAPTOP)],'policy':POLICY}}),{
 'verdict':'NOT_COVERED_BY_EDITION','fired':['G-6.9-00','G-6.11-B1-09','G-6.11-B3-09']})
sc('laptop-with-file-sharing-software','taken-out information must not be handled on a device with Winny installed',E8,
 take_out([item(LAPTOP, fileSharingSoftware=True)]),{'verdict':'PROHIBITED','fired':['G-6.9-C-09'],
 'controls':[{'control':'NO_FILE_SHARING_SOFTWARE','segment':'pc-1','status':'MISSING'}],'findings':[{'rule':'G-6.9-C-09','kind':'PROHIBITION'}]})
sc('laptop-unprotected-on-network','a laptop connected to networks without anti-virus or firewall, no boot password',E8,
 take_out([item(LAPTOP, antivirus=False, bootPassword=False, privacyFilter=False, multiFactorAuthentication=False)]),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-08','G-6.9-C-06'],
 'controls':[{'control':'MALWARE_PROTECTION_WHEN_CONNECTED','status':'MISSING'},{'control':'BOOT_PASSWORD','status':'MISSING'},
  {'control':'PRIVACY_FILTER','status':'MISSING','strength':'SHOULD'}],'findings':[{'rule':'G-6.9-C-08','messageContains':'6.11'}]})
sc('personal-device-at-home','a personally owned PC used for work: the administrator is responsible for it meeting C-6 to C-9',E8,
 take_out([item(LAPTOP, id='home-pc', kind='PERSONAL_DEVICE', bootPassword=False)]),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-10','G-6.9-C-06'],
 'responsibilities':[{'party':'hosp','type':'SUPERVISION','segment':'home-pc','rule':'G-6.9-C-10'},{'party':'hosp','type':'MANAGEMENT','segment':'home-pc'}],
 'controls':[{'control':'BOOT_PASSWORD','segment':'home-pc','status':'MISSING'}]})
sc('take-out-policy-missing','a take-out without the institution\'s policy: insufficient information',E8,take_out([ITEM], policy=None),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.9-C-01'],'missingFacts':['/takeOut/policy'],'notFired':['G-6.9-C-02']})
sc('take-out-staff-not-trained','the theft and loss procedure exists but staff are not trained in it',E8,take_out([ITEM], policy=dict(POLICY, staffTrained=False)),{
 'verdict':'NON_COMPLIANT','fired':['G-6.9-C-04'],'controls':[{'control':'STAFF_TRAINING','party':'hosp','status':'MISSING'}]})
sc('take-out-facts-missing','facts about a taken-out device are missing: each is named',E8,
 take_out([item(LAPTOP, connectsToNetworkOrMedia=None, fileSharingSoftware=None, dataProtected=None)], policy=dict(POLICY, managementMethod=None)),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.9-C-08','G-6.9-C-09'],
 'missingFacts':['/takeOut/items/0/connectsToNetworkOrMedia','/takeOut/items/0/fileSharingSoftware','/takeOut/items/0/dataProtected','/takeOut/policy/managementMethod']})
G610=['G-6.10-B-01','G-6.10-B-03','G-6.10-ELIDED']
EMERG={'declared':True,'consentObtainable':False,'breakGlassUsed':True,'accessLogged':True}
sc('emergency-break-glass-without-consent','a disaster: consent cannot be obtained, so provision falls under the life-or-body exception; the rest of the section is elided',BOTH,
 chain(setp(['consent'],{'basis':'NONE'}), setp(['emergency'],EMERG)),{
 'verdict':'COMPLIANT_WITH_CONDITIONS','fired':G610+['G-6.11-B1-04'],'notFired':['G-6.11-B1-03'],
 'controls':[{'control':'EMERGENCY_ACCESS_LOGGED','status':'SATISFIED','strength':'SHOULD'}],
 'findings':[{'rule':'G-6.10-ELIDED','needsHumanReview':True},{'rule':'G-6.10-B-03','basis':'SEED'}]})
sc('emergency-clause-edition-2','edition 2 numbers the emergency section 6.9',E7,setp(['emergency'],EMERG),{
 'fired':['G-6.10-B-03'],'findings':[{'rule':'G-6.10-B-03','clauseContains':'第2版 6.9 災害等の非常時の対応'}]})
sc('emergency-clause-edition-3','the edition 3 draft numbers the emergency section 6.10',E8,setp(['emergency'],EMERG),{
 'fired':['G-6.10-B-03'],'findings':[{'rule':'G-6.10-B-03','clauseContains':'第3版改正案 6.10 災害等の非常時の対応'}]})
sc('emergency-consent-obtainable','an emergency where consent can still be obtained: no exception, normal consent rules apply',BOTH,
 chain(setp(['consent'],{'basis':'NONE'}), setp(['emergency'],dict(EMERG, consentObtainable=True, breakGlassUsed=False))),{
 'verdict':'PROHIBITED','fired':['G-6.10-B-01','G-6.11-B1-03'],'notFired':['G-6.10-B-03']})
sc('emergency-facts-missing','whether an emergency is in effect is not given',BOTH,setp(['emergency'],{}),{
 'verdict':'INSUFFICIENT_INFORMATION','fired':['G-6.10-B-01'],'missingFacts':['/emergency/declared'],'notFired':['G-6.10-ELIDED']})
sc('break-glass-not-logged','break-glass access without an access log: a recommendation',BOTH,setp(['emergency'],dict(EMERG, accessLogged=False)),{
 'fired':['G-6.10-B-03'],'controls':[{'control':'EMERGENCY_ACCESS_LOGGED','status':'MISSING','strength':'SHOULD'}]})
# typical scenario: none of the new rules fire
for name,doc in SC:
    if name=='typical-three-segment-compliant':
        doc['expect']['notFired']+=G69+G610+['G-6.9-00']

COUT=str(ROOT/'rules-engine/src/test/resources/comparisons')
os.makedirs(COUT, exist_ok=True)
for f in os.listdir(COUT): os.remove(os.path.join(COUT,f))
CMP=[]
def cmp(name, desc, mutate, expect):
    f=copy.deepcopy(BASE)
    if mutate:
        r=mutate(f)
        if r is not None: f=r
    f['id']=name
    CMP.append((name,{'description':desc,'from':'E2007_V2','to':'E2008_V3','given':f,'expect':expect}))
cmp('take-out-usb-stick','taking an unencrypted USB stick home: not covered by edition 2, non-compliant under the draft\'s new 6.9',take_out([USB_BAD]),{
 'fromVerdict':'NOT_COVERED_BY_EDITION','toVerdict':'NON_COMPLIANT','added':['G-6.9-C-05','G-6.9-C-07'],'removed':['G-6.9-00']})
cmp('staff-access-from-outside','staff connecting from outside: edition 2 does not list the case; the draft does and points to its mobile section',outside('OUTSIDE_ACCESS_STAFF'),{
 'fromVerdict':'COMPLIANT_WITH_CONDITIONS','toVerdict':'COMPLIANT_WITH_CONDITIONS','added':['G-6.11-B3-11'],'removed':['G-6.11-B3-01'],'changed':['G-6.11-B0-01']})
cmp('patient-access','patients accessing from outside: human review under edition 2, in scope and compliant under the draft',outside('OUTSIDE_ACCESS_PATIENT'),{
 'fromVerdict':'COMPLIANT_WITH_CONDITIONS','toVerdict':'COMPLIANT','removed':['G-6.11-B3-01'],'changed':['G-6.11-B0-01'],
 'responsibilitiesAdded':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'SPOOFING'}]})
cmp('one-way-transmission','one-way transmission: not named by edition 2, explicitly in scope of the draft',setp(['direction'],'ONE_WAY'),{
 'fromVerdict':'COMPLIANT_WITH_CONDITIONS','toVerdict':'COMPLIANT','changed':['G-6.11-B0-01']})
cmp('spoofing-threat','the draft adds spoofing to the threats: the sender becomes responsible against it on every segment',None,{
 'fromVerdict':'COMPLIANT','toVerdict':'COMPLIANT','changed':['G-6.11-B0-02','G-6.11-B2-10'],
 'responsibilitiesAdded':[{'party':'hosp','type':'MANAGEMENT','segment':'s1','threat':'SPOOFING'},{'party':'clinic','type':'MANAGEMENT','segment':'s3','threat':'SPOOFING'}]})
cmp('external-storage','the draft deletes the pointer from 6.11 to chapter 8 for external storage',storage,{
 'fromVerdict':'COMPLIANT_WITH_CONDITIONS','toVerdict':'COMPLIANT','removed':['G-6.11-B0-03']})
for name,doc in CMP:
    with open(os.path.join(COUT,name+'.yaml'),'w') as fh:
        fh.write('# '+doc['description']+'\n')
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120)
print('comparisons', len(CMP))

for name,doc in SC:
    with open(os.path.join(OUT,name+'.yaml'),'w') as fh:
        fh.write('# '+doc['description']+'\n')
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120)
print(len(SC), sum(len(d['editions']) for _,d in SC))

# ---------------------------------------------------------------- contracts (issue 5)
KOUT=str(ROOT/'rules-engine/src/test/resources/contracts')
os.makedirs(KOUT, exist_ok=True)
for f in os.listdir(KOUT): os.remove(os.path.join(KOUT,f))
CONTRACTUAL=['SEGMENT_RESPONSIBILITY_AGREED','DEMARCATION_AGREEMENT','OUTAGE_AND_INCIDENT_HANDLING','DELEGATED_MANAGEMENT_SCOPE',
  'FAILURE_RESPONSE_LEAD','TAMPER_INTRUSION_INTERFERENCE_TERMS','AVAILABILITY_TERMS','NETWORK_SECURITY_RESPONSIBILITY_AGREED']
def flow_for_contracts(f):
    drop_inplace(f,*CONTRACTUAL)
def cl(cid, t, binds=None, **kw):
    d={'id':cid,'type':t}
    if binds: d['binds']=binds
    d.update(kw); return d
SVC6=['DELEGATED_MANAGEMENT_SCOPE','SEGMENT_RESPONSIBILITY_AGREED','NETWORK_SECURITY_RESPONSIBILITY_AGREED','FAILURE_RESPONSE_LEAD','TAMPER_INTRUSION_INTERFERENCE_TERMS','AVAILABILITY_TERMS']
def svc(cid, kind, party, drop=(), **over):
    clauses=[]
    for i,t in enumerate(SVC6):
        if t in drop: continue
        c=cl(f'§{i+1}', t, party)
        if t=='AVAILABILITY_TERMS': c['serviceLevel']='99.9% monthly availability'
        if t in over: c.update(over[t])
        clauses.append(c)
    return {'id':cid,'kind':kind,'institution':'hosp','counterparty':party,'clauses':clauses}
def demarc(drop=()):
    return {'id':'EX-1','kind':'DEMARCATION_AGREEMENT','institution':'hosp','counterparty':'clinic',
            'clauses':[c for c in [cl('§3','DEMARCATION_AGREEMENT'),cl('§5','OUTAGE_AND_INCIDENT_HANDLING')] if c['type'] not in drop]}
def full(): return [demarc(), svc('NET-1','NETWORK_SERVICE','carrier'), svc('SVC-1','ONLINE_SERVICE','osp')]
KS=[]
def ksc(name, desc, editions, flow_mut, contracts, expect, contract=None):
    doc={'description':desc,'editions':editions}
    if contract is None:
        f=copy.deepcopy(BASE); flow_for_contracts(f)
        if flow_mut:
            r=flow_mut(f)
            if r is not None: f=r
        f['id']=name
        doc['given']=f; doc['contracts']=contracts
    else:
        doc['contract']=contract
    doc['expect']=expect
    KS.append((name,doc))
ksc('flow-all-obligations-covered','every obligation of an encrypted three-segment flow is settled by a clause',BOTH,None,full(),{
 'verdict':'COVERED','flowVerdict':'COMPLIANT',
 'items':[{'checklistItem':'CC-01','control':'DEMARCATION_AGREEMENT','party':'clinic','status':'COVERED','contract':'EX-1'},
  {'checklistItem':'CC-06','control':'AVAILABILITY_TERMS','party':'carrier','segment':'s3','status':'COVERED','contract':'NET-1'},
  {'checklistItem':'CC-05','control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'osp','segment':'s2','status':'COVERED','contract':'SVC-1'}],
 'absentItems':[{'status':'MISSING'},{'status':'CONTRACT_MISSING'}]})
ksc('flow-carrier-lacks-availability-and-tampering-terms','encrypted end to end, but the carrier contract says nothing on availability or on tampering, intrusion and interference',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',drop=('AVAILABILITY_TERMS','TAMPER_INTRUSION_INTERFERENCE_TERMS')), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','flowVerdict':'COMPLIANT_WITH_CONDITIONS',
 'items':[{'checklistItem':'CC-06','control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'MISSING','strength':'MUST'},
  {'checklistItem':'CC-05','control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','segment':'s3','status':'MISSING'},
  {'control':'AVAILABILITY_TERMS','party':'osp','status':'COVERED'}]})
ksc('flow-carrier-tampering-only','the carrier clause covers tampering but not intrusion or interference: partial',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',TAMPER_INTRUSION_INTERFERENCE_TERMS={'threats':['TAMPERING']}), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','items':[{'control':'TAMPER_INTRUSION_INTERFERENCE_TERMS','party':'carrier','status':'PARTIAL','messageContains':'INTRUSION, INTERFERENCE'}]})
ksc('flow-carrier-availability-one-segment','the carrier\'s availability clause covers segment s1 only, not s3',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',AVAILABILITY_TERMS={'segments':['s1']}), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','items':[{'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s1','status':'COVERED'},
  {'control':'AVAILABILITY_TERMS','party':'carrier','segment':'s3','status':'PARTIAL','messageContains':'segment s3'}]})
ksc('flow-availability-binds-the-hospital','the availability clause in the carrier contract binds the hospital instead of the carrier',BOTH,None,
 [demarc(), svc('NET-1','NETWORK_SERVICE','carrier',AVAILABILITY_TERMS={'binds':'hosp'}), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','items':[{'control':'AVAILABILITY_TERMS','party':'carrier','status':'WRONG_PARTY','messageContains':'binds `hosp`'}]})
ksc('flow-no-contract-with-service','no contract with the online service at all',BOTH,None,[demarc(), svc('NET-1','NETWORK_SERVICE','carrier')],{
 'verdict':'GAPS','items':[{'party':'osp','status':'CONTRACT_MISSING'},{'control':'FAILURE_RESPONSE_LEAD','party':'osp','status':'MISSING'}]})
ksc('flow-plaintext-service-without-entrustment','the service sees plaintext and there is no personal-information entrustment contract',BOTH,osp_encrypts,full(),{
 'verdict':'GAPS','flowVerdict':'NON_COMPLIANT',
 'items':[{'checklistItem':'CC-07','control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','segment':'s2','status':'MISSING'},
  {'checklistItem':'CC-07','control':'MANAGEMENT_SPLIT_AGREED','party':'osp','status':'MISSING'}],
 'absentItems':[{'control':'ENTRUSTEE_SUPERVISION'}]})
def entrust(party, cid, drop=()):
    return {'id':cid,'kind':'PERSONAL_INFORMATION_ENTRUSTMENT','institution':'hosp','counterparty':party,
            'clauses':[c for c in [cl('§1','MANAGEMENT_SPLIT_AGREED',party),cl('§2','PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT',party)] if c['type'] not in drop]}
ksc('flow-plaintext-service-with-entrustment','entrustment contracts with the service and the carrier settle CC-07',BOTH,osp_encrypts,full()+[entrust('osp','ENT-1'),entrust('carrier','ENT-2')],{
 'verdict':'COVERED','items':[{'control':'PERSONAL_INFORMATION_ENTRUSTMENT_CONTRACT','party':'osp','status':'COVERED','contract':'ENT-1'},
  {'control':'MANAGEMENT_SPLIT_AGREED','party':'carrier','status':'COVERED','contract':'ENT-2'}]})
ksc('flow-agreement-without-outage-handling','the provider–recipient agreement sets the demarcation but not outage and incident handling',BOTH,None,
 [demarc(drop=('OUTAGE_AND_INCIDENT_HANDLING',)), svc('NET-1','NETWORK_SERVICE','carrier'), svc('SVC-1','ONLINE_SERVICE','osp')],{
 'verdict':'GAPS','flowVerdict':'COMPLIANT_WITH_CONDITIONS',
 'items':[{'checklistItem':'CC-02','control':'OUTAGE_AND_INCIDENT_HANDLING','party':'clinic','status':'MISSING'},
  {'checklistItem':'CC-01','control':'DEMARCATION_AGREEMENT','party':'clinic','status':'COVERED'}]})
def consign_flow(f):
    consign(f); drop_inplace(f,'CONSIGNMENT_CONTRACT')
CN={'id':'CN-3','kind':'CONSIGNMENT','institution':'hosp','counterparty':'clinic','clauses':[cl('§2','CONSIGNMENT_CONTRACT','clinic',text='the consignee follows the contract and reports monthly')]}
ksc('flow-consignment-without-contract','a consignment with no consignment contract',BOTH,consign_flow,full(),{
 'verdict':'GAPS','flowVerdict':'NON_COMPLIANT','items':[{'checklistItem':'CC-16','control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'MISSING'}]})
ksc('flow-consignment-with-contract','a consignment contract binds the consignee to comply and report',BOTH,consign_flow,full()+[CN],{
 'verdict':'COVERED','flowVerdict':'COMPLIANT','items':[{'control':'CONSIGNMENT_CONTRACT','party':'clinic','status':'COVERED','contract':'CN-3'}]})
def maint(drop=()):
    cs=[cl('§1','REMOTE_LOGIN_RESTRICTED','vendor'),cl('§2','REMOTE_ACCESS_RIGHTS_MANAGED','vendor'),cl('§3','MAINTENANCE_EAVESDROP_PREVENTION','vendor'),cl('§4','REMOTE_LOGIN_LOGGED','vendor')]
    return {'id':'MT-1','kind':'MAINTENANCE','institution':'hosp','counterparty':'vendor','clauses':[c for c in cs if c['type'] not in drop]}
ksc('flow-maintenance-without-access-restrictions','the remote maintenance contract does not restrict access',BOTH,with_login(),full()+[maint(drop=('REMOTE_LOGIN_RESTRICTED','REMOTE_ACCESS_RIGHTS_MANAGED','REMOTE_LOGIN_LOGGED'))],{
 'verdict':'GAPS','items':[{'checklistItem':'CC-09','control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'MISSING','strength':'MUST'},
  {'control':'REMOTE_ACCESS_RIGHTS_MANAGED','party':'vendor','status':'MISSING'},{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'},
  {'control':'MAINTENANCE_EAVESDROP_PREVENTION','party':'vendor','status':'COVERED'}],'absentItems':[{'control':'MAINTENANCE_SUPERVISION'}]})
ksc('flow-maintenance-covered','the remote maintenance contract settles every CC-09 item',BOTH,with_login(),full()+[maint()],{
 'verdict':'COVERED','items':[{'control':'REMOTE_LOGIN_RESTRICTED','party':'vendor','status':'COVERED','contract':'MT-1'}]})
ALLCC=['CC-01','CC-02','CC-03','CC-03b','CC-04','CC-05','CC-06','CC-07','CC-09','CC-16']
def review(name, desc, contract, expect):
    ksc(name, desc, BOTH, None, None, expect, contract=contract)
def notf(*fired): return [x for x in ALLCC if x not in fired]
NETW=['CC-03','CC-03b','CC-04','CC-05','CC-06']
review('review-network-contract-complete','a network service contract reviewed on its own: every checklist item settled',svc('NET-1','NETWORK_SERVICE','carrier'),{
 'verdict':'COVERED','fired':NETW,'notFired':notf(*NETW),'items':[{'checklistItem':cc,'party':'carrier','status':'COVERED'} for cc in NETW]})
review('review-network-contract-gaps','a network service contract without availability or a delegated management scope',svc('NET-1','NETWORK_SERVICE','carrier',drop=('AVAILABILITY_TERMS','DELEGATED_MANAGEMENT_SCOPE')),{
 'verdict':'GAPS','fired':NETW,'items':[{'checklistItem':'CC-06','control':'AVAILABILITY_TERMS','status':'MISSING'},{'checklistItem':'CC-03','control':'DELEGATED_MANAGEMENT_SCOPE','status':'MISSING'}]})
review('review-online-service-minimal','an online service contract with only tampering and availability terms',svc('SVC-1','ONLINE_SERVICE','osp',drop=('DELEGATED_MANAGEMENT_SCOPE','SEGMENT_RESPONSIBILITY_AGREED','NETWORK_SECURITY_RESPONSIBILITY_AGREED','FAILURE_RESPONSE_LEAD')),{
 'verdict':'GAPS','fired':NETW,'items':[{'checklistItem':'CC-03b','status':'MISSING'},{'checklistItem':'CC-04','control':'FAILURE_RESPONSE_LEAD','status':'MISSING'},{'checklistItem':'CC-05','status':'COVERED'}]})
review('review-online-service-partial-threats','an online service contract whose tampering clause leaves out interference',svc('SVC-1','ONLINE_SERVICE','osp',TAMPER_INTRUSION_INTERFERENCE_TERMS={'threats':['TAMPERING','INTRUSION']}),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-05','status':'PARTIAL','messageContains':'INTERFERENCE'}]})
review('review-network-clause-binds-institution','a network contract whose failure-response clause binds the institution',svc('NET-1','NETWORK_SERVICE','carrier',FAILURE_RESPONSE_LEAD={'binds':'hosp'}),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-04','status':'WRONG_PARTY'}]})
review('review-demarcation-agreement-complete','a provider–recipient agreement with demarcation points and outage handling',demarc(),{
 'verdict':'COVERED','fired':['CC-01','CC-02'],'notFired':notf('CC-01','CC-02'),
 'items':[{'checklistItem':'CC-01','status':'COVERED'},{'checklistItem':'CC-02','status':'COVERED'}]})
review('review-demarcation-agreement-without-outage','a provider–recipient agreement without outage and incident handling',demarc(drop=('OUTAGE_AND_INCIDENT_HANDLING',)),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-02','status':'MISSING'},{'checklistItem':'CC-01','status':'COVERED'}]})
review('review-demarcation-agreement-empty','an agreement with no relevant clauses',demarc(drop=('OUTAGE_AND_INCIDENT_HANDLING','DEMARCATION_AGREEMENT')),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-01','status':'MISSING'},{'checklistItem':'CC-02','status':'MISSING'}]})
review('review-entrustment-complete','a personal-information entrustment contract',entrust('osp','ENT-1'),{
 'verdict':'COVERED','fired':['CC-07'],'notFired':notf('CC-07'),'items':[{'checklistItem':'CC-07','party':'osp','status':'COVERED'}]})
review('review-entrustment-without-split','an entrustment contract that does not say how management responsibility is split',entrust('osp','ENT-1',drop=('MANAGEMENT_SPLIT_AGREED',)),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-07','control':'MANAGEMENT_SPLIT_AGREED','status':'MISSING'}]})
review('review-maintenance-without-access-restrictions','a maintenance contract with no access restrictions',maint(drop=('REMOTE_LOGIN_RESTRICTED','REMOTE_ACCESS_RIGHTS_MANAGED')),{
 'verdict':'GAPS','fired':['CC-09'],'notFired':notf('CC-09'),'items':[{'checklistItem':'CC-09','control':'REMOTE_LOGIN_RESTRICTED','status':'MISSING'}]})
review('review-maintenance-complete','a maintenance contract settling every remote-maintenance item',maint(),{'verdict':'COVERED','fired':['CC-09'],
 'items':[{'checklistItem':'CC-09','control':'REMOTE_LOGIN_RESTRICTED','status':'COVERED'},{'control':'REMOTE_LOGIN_LOGGED','status':'COVERED','strength':'SHOULD'}]})
review('review-maintenance-not-logged','every MUST item settled, logging not: a recommendation',maint(drop=('REMOTE_LOGIN_LOGGED',)),{
 'verdict':'COVERED_WITH_RECOMMENDATIONS','items':[{'control':'REMOTE_LOGIN_LOGGED','status':'MISSING','strength':'SHOULD'}]})
review('review-consignment-complete','a consignment contract binding the consignee to comply and report',CN,{'verdict':'COVERED','fired':['CC-16'],'notFired':notf('CC-16'),
 'items':[{'checklistItem':'CC-16','party':'clinic','status':'COVERED'}]})
review('review-consignment-missing-clause','a consignment contract without the compliance and reporting clause',dict(CN, clauses=[]),{
 'verdict':'GAPS','items':[{'checklistItem':'CC-16','status':'MISSING'}]})
for name,doc in KS:
    with open(os.path.join(KOUT,name+'.yaml'),'w') as fh:
        fh.write('# '+doc['description']+'\n')
        yaml.dump(doc, fh, Dumper=D, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120)
print('contracts', len(KS))
